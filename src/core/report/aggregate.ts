import { checkWorkbook, type CheckResult } from "../check";
import { officialLayout } from "../layout/official-layout";
import { round, type Figures } from "../rules/context";
import { templateById, type Template } from "../templates";

/** One department's workbook as read and checked, or why it could not be read. */
export interface AggregateInput {
  unit: string;
  file: string;
  result?: Pick<CheckResult, "template" | "summary" | "figures">;
  readError?: string;
}

export interface Excluded {
  unit: string;
  file: string;
  reason: string;
}

export type AggregateOutcome =
  | {
      ok: true;
      template: Template;
      figures: Figures;
      contributors: AggregateInput[];
      excluded: Excluded[];
      total: CheckResult;
    }
  | { ok: false; reason: string; excluded: Excluded[] };

function whyExcluded(input: AggregateInput): string | null {
  if (input.readError) return input.readError;
  const r = input.result;
  if (!r || !r.template) return "未找到标准统计表";
  if (r.summary.errors > 0) return `有 ${r.summary.errors} 个错误未改正，数字不可靠，未计入汇总`;
  return null;
}

/** Cell-by-cell sums; a cell stays blank only when every contributor left it blank. */
export function sumFigures(all: readonly Figures[]): Figures {
  const out: Figures = {};
  for (const figures of all) {
    for (const [table, cells] of Object.entries(figures)) {
      const target = (out[table] ??= {});
      for (const [key, v] of Object.entries(cells)) {
        const prev = target[key] ?? null;
        target[key] = v === null ? prev : round((prev ?? 0) + v);
      }
    }
  }
  return out;
}

/** The summed figures laid out in the official table and checked with the same rules as every input. */
export function checkFigures(template: Template, figures: Figures): CheckResult {
  const layout = officialLayout(template, { figures });
  return checkWorkbook(
    { sheets: [{ name: layout.name, rows: layout.rows, merges: layout.merges }] },
    { templates: [template] },
  );
}

/** 汇总: sums the departments' tables of one template; refuses a mix of templates, naming the files on each. */
export function aggregate(inputs: readonly AggregateInput[]): AggregateOutcome {
  const excluded: Excluded[] = [];
  const usable: AggregateInput[] = [];
  for (const input of inputs) {
    const reason = whyExcluded(input);
    if (reason) excluded.push({ unit: input.unit, file: input.file, reason });
    else usable.push(input);
  }
  const byTemplate = new Map<string, AggregateInput[]>();
  for (const input of inputs) {
    const id = input.result?.template;
    if (id) byTemplate.set(id, [...(byTemplate.get(id) ?? []), input]);
  }
  if (byTemplate.size > 1) {
    const parts = [...byTemplate.entries()].map(([id, list]) => {
      const name = templateById(id)?.name ?? id;
      return `${name}：${list.map((i) => i.file).join("、")}`;
    });
    return {
      ok: false,
      reason: `这些工作簿使用了不同格式的统计表，不能汇总到一张表中（请统一为同一格式后再汇总）：\n${parts.join("\n")}`,
      excluded,
    };
  }
  if (usable.length === 0) return { ok: false, reason: "没有可以汇总的工作簿。", excluded };
  const template = templateById(usable[0].result!.template!)!;
  const figures = sumFigures(usable.map((i) => i.result!.figures));
  return {
    ok: true,
    template,
    figures,
    contributors: usable,
    excluded,
    total: checkFigures(template, figures),
  };
}
