import { type Outline, type Run } from "./types";

export function runsText(runs: readonly Run[]): string {
  return runs.map((r) => r.text).join("");
}

/** Markdown: # title, ## sections, ### sub-sections, one paragraph per line block. */
export function outlineToMarkdown(outline: Outline): string {
  const lines = [`# ${runsText(outline.title)}`, ""];
  for (const b of outline.blocks) {
    lines.push(b.kind === "heading" ? `${b.level === 1 ? "##" : "###"} ${b.text}` : runsText(b.runs), "");
  }
  return lines.join("\n");
}

/** Plain text as it would be pasted into a document: headings on their own lines, paragraphs indented by two full-width spaces. */
export function outlineToText(outline: Outline): string {
  const lines = [runsText(outline.title), ""];
  for (const b of outline.blocks)
    lines.push(b.kind === "heading" ? b.text : `\u3000\u3000${runsText(b.runs)}`);
  return `${lines.join("\n")}\n`;
}
