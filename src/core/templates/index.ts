import { Template, type TemplateInput } from "./schema";
import gov2021 from "./gov-2021.json";
import gov2019 from "./gov-2019.json";
import pre2019 from "./pre-2019.json";

/**
 * Parses template data and reports, in Chinese, where it breaks the schema.
 * Used for the built-in templates and for templates a user supplies as JSON.
 */
export function parseTemplate(data: unknown, source: string): Template {
  const result = Template.safeParse(data);
  if (!result.success) {
    const issues = result.error.issues
      .slice(0, 5)
      .map((i) => `${i.path.join(".") || "(根)"}：${i.message}`)
      .join("；");
    throw new Error(`模板 ${source} 不符合模板格式：${issues}`);
  }
  return result.data;
}

const builtinData: Record<string, TemplateInput> = {
  "gov-2021": gov2021 as TemplateInput,
  "gov-2019": gov2019 as TemplateInput,
  "pre-2019": pre2019 as TemplateInput,
};

let cache: Template[] | undefined;

/** The built-in templates, newest first. */
export function builtinTemplates(): Template[] {
  if (!cache) cache = Object.entries(builtinData).map(([id, data]) => parseTemplate(data, id));
  return cache;
}

export function templateById(id: string): Template | undefined {
  return builtinTemplates().find((t) => t.id === id);
}

export * from "./schema";
