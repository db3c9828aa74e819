import { type Severity } from "./templates/schema";

export const FINDING_KINDS = [
  "sum-mismatch",
  "subset-exceeds",
  "balance-mismatch",
  "empty-required",
  "not-a-number",
  "negative",
  "not-integer",
  "prior-year-mismatch",
  "outdated-template",
  "missing-row",
  "template-not-found",
  "implausible",
  "narrative-mismatch",
  "narrative-agreement",
  "narrative-structure",
  "narrative-year",
  "formula-without-result",
] as const;
export type FindingKind = (typeof FINDING_KINDS)[number];

/** A cell that takes part in a finding, with what it holds. */
export interface InvolvedCell {
  sheet: string;
  cell: string;
  rowId: string;
  colId: string;
  label: string;
  /** The number used in the check (blank = null, counted as 0), or the cell's text when it is not a number. */
  value: number | string | null;
  role: "target" | "total" | "part" | "left" | "right" | "whole" | "prior";
}

export type MessageParams = Record<string, string | number>;

export interface Finding {
  kind: FindingKind;
  /** The relation or rule that was broken, e.g. "t3_balance" or "number". */
  rule: string;
  severity: Severity;
  template: string;
  table?: string;
  sheet?: string;
  /** A1 address of the cell to fix. */
  cell?: string;
  rowId?: string;
  colId?: string;
  /** A1 addresses of every cell involved, the cell to fix first. */
  cells: string[];
  involved: InvolvedCell[];
  expected?: number;
  actual?: number | string | null;
  difference?: number;
  messageId: string;
  params: MessageParams;
  /** The verdict in one short line, e.g. 「（七）总计 应为 76，实为 75，相差 1」. */
  message: string;
  /** The full sentence: the cell named, the parts with their figures, what to do (the checker sets it always). */
  detail?: string;
}

export interface Summary {
  errors: number;
  warnings: number;
  infos: number;
}

export function summarize(findings: readonly Finding[]): Summary {
  const s = { errors: 0, warnings: 0, infos: 0 };
  for (const f of findings) {
    if (f.severity === "error") s.errors++;
    else if (f.severity === "warning") s.warnings++;
    else s.infos++;
  }
  return s;
}

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

export function severityRank(s: Severity): number {
  return SEVERITY_ORDER[s];
}
