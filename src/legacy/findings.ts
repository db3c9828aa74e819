import { type CheckResult } from "../core/check";
import { type Finding } from "../core/finding";
import { type Translate } from "../taskpane/i18n";

/*
 * What the React pane's components compute for display, for the legacy pane (those components import React and
 * Fluent UI, which IE11 cannot load): the same catalog keys, the same wording.
 */

/** Formats offered for a blank sheet: the current one first, the old 统计表 for reports about earlier years. */
export const BLANK_TEMPLATES = ["gov-2021", "pre-2019"] as const;

export interface BlankCell {
  sheet: string;
  cell: string;
  label: string;
}

/** "表三 收到和处理……" → "表三": the official number is what clerks call a table by. */
function shortTitle(title: string): string {
  return title.split(/\s/)[0];
}

export function bindingText(result: CheckResult, t: Translate): string {
  const tables = result.tables
    .map((x) => t("tableAt", { table: shortTitle(x.title), range: `${x.sheet}!${x.range}` }))
    .join("；");
  return t("recognised", { template: result.templateName ?? "", tables });
}

/** The cell and the full sentence with the parts under a finding's one-line verdict, as the React pane's 详情. */
export function details(f: Finding): string {
  const parts: string[] = [];
  if (f.sheet && f.cell) parts.push(`${f.sheet}!${f.cell}`);
  if (f.detail && f.detail !== f.message) parts.push(f.detail);
  return parts.join(" · ");
}

/** Blank data cells the clerk may want to set to 0, from the findings about empty required cells. */
export function blankCells(findings: readonly Finding[]): BlankCell[] {
  const seen: Record<string, true> = {};
  const out: BlankCell[] = [];
  for (const f of findings) {
    if (f.kind !== "empty-required" || !f.sheet || !f.cell || seen[`${f.sheet}!${f.cell}`]) continue;
    seen[`${f.sheet}!${f.cell}`] = true;
    const involved = f.involved.find((c) => c.cell === f.cell);
    out.push({ sheet: f.sheet, cell: f.cell, label: involved ? involved.label : "" });
  }
  return out;
}
