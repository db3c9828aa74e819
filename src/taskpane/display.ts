import { type CheckResult } from "../core/check";
import { type Finding } from "../core/finding";
import { type CapabilityNote } from "../core/host";
import { type Translate } from "./i18n";

/*
 * What both task panes show besides the findings list (grouped in group.ts), computed without React or the DOM: the
 * React pane's components and the legacy (IE11) pane in src/legacy take it from here, so the two cannot drift.
 */

/** Formats offered for a blank sheet: the current one first, the old 统计表 for reports about earlier years. */
export const BLANK_TEMPLATES = ["gov-2021", "pre-2019"] as const;

/** A capability note is shown only when the missing capability changed what the clerk sees. */
export function noteMatters(note: CapabilityNote, result: CheckResult | null, marked: boolean): boolean {
  if (note.when === "always") return true;
  if (note.when === "marked") return marked;
  return !!result && (!result.template || result.findings.some((f) => f.kind === "missing-row"));
}

/** "表三 收到和处理……" → "表三": the official number is what clerks call a table by. */
function shortTitle(title: string): string {
  return title.split(/\s/)[0];
}

/** 已识别：the format, and where each of its tables was found. */
export function bindingText(result: CheckResult, t: Translate): string {
  const tables = result.tables
    .map((x) => t("tableAt", { table: shortTitle(x.title), range: `${x.sheet}!${x.range}` }))
    .join("；");
  return t("recognised", { template: result.templateName ?? "", tables });
}

export interface BlankCell {
  sheet: string;
  cell: string;
  label: string;
}

/** Blank data cells the clerk may want to set to 0, from the findings about empty required cells. */
export function blankCells(findings: readonly Finding[]): BlankCell[] {
  const seen = new Set<string>();
  const out: BlankCell[] = [];
  for (const f of findings) {
    if (f.kind !== "empty-required" || !f.sheet || !f.cell || seen.has(`${f.sheet}!${f.cell}`)) continue;
    seen.add(`${f.sheet}!${f.cell}`);
    out.push({ sheet: f.sheet, cell: f.cell, label: f.involved.find((c) => c.cell === f.cell)?.label ?? "" });
  }
  return out;
}
