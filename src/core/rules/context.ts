import { type Finding, type InvolvedCell, type MessageParams } from "../finding";
import { type LocatedCell, type LocatedTable } from "../locate/locate-table";
import { formatNumber, type Lang, text } from "../messages/render";
import { type Constraint } from "../sample/constraint";
import {
  type Column,
  type RelationKind,
  type RelationMap,
  type Row,
  type Severity,
  type Template,
} from "../templates/schema";
import { type ParsedValue } from "../values";

/** Figures of a report by table id and "rowId.colId"; null is a blank cell. */
export type Figures = Record<string, Record<string, number | null>>;

/** What is known of the reporting body, by the flag names that zero-unless relations of the templates use. */
export interface Profile {
  /** The body may make 规章 (省级、设区的市级人民政府、国务院部门). */
  ruleMaker?: boolean;
  [flag: string]: boolean | undefined;
}

export interface CheckOptions {
  lang?: Lang;
  /** Severity of empty data cells: warning by default. */
  requiredSeverity?: Severity;
  /** Last year's figures, for the prior-year rules. */
  prior?: Figures;
  profile?: Profile;
}

export type FindingDraft = Omit<Finding, "message" | "template" | "table" | "sheet" | "params" | "cells"> & {
  params: MessageParams;
};

export interface RuleContext {
  template: Template;
  located: LocatedTable;
  options: CheckOptions;
  value(key: string): ParsedValue | undefined;
  cell(key: string): LocatedCell | undefined;
  row(rowId: string): Row | undefined;
  column(colId: string): Column | undefined;
  /** How a cell is named in messages: row label, and the column when the table has several. */
  subject(key: string): string;
  /** A short name for a cell among the parts of a sum: the column when the row is shared, else the bare row label. */
  partLabel(key: string, sharedRow: boolean): string;
  involved(key: string, role: InvolvedCell["role"]): InvolvedCell | undefined;
  priorValue(key: string): number | null | undefined;
  /** A parameter computed in both languages. */
  both(name: string, make: (lang: Lang) => string): MessageParams;
  report(draft: FindingDraft): void;
}

/** A rule as a reviewer reads it. A relation's severity is in the template; a cell rule decides it per finding. */
export interface RuleMeta {
  id: string;
  description: { "zh-CN": string; "en-US": string };
}

/** A rule that checks the relations of one kind listed in a table's template data. */
export interface RelationRule<K extends RelationKind> {
  meta: RuleMeta;
  check(ctx: RuleContext, relation: RelationMap[K]): void;
  /** What figures satisfy the relation: how the sample generator fills a consistent table. */
  constraints(relation: RelationMap[K]): Constraint[];
}

/** A rule that looks at every located cell of a table. */
export interface CellRule {
  meta: RuleMeta;
  check(ctx: RuleContext): void;
}

/** Where a relation's finding points: the relation, its severity, and the cell to fix. */
export function pointAt(
  relation: { id: string; severity: Severity },
  cell: LocatedCell,
): Pick<Finding, "rule" | "severity" | "cell" | "rowId" | "colId"> {
  return {
    rule: relation.id,
    severity: relation.severity,
    cell: cell.address,
    rowId: cell.rowId,
    colId: cell.colId,
  };
}

/** The involved cells that were located, in their order. */
export function locatedOnly(cells: ReadonlyArray<InvolvedCell | undefined>): InvolvedCell[] {
  return cells.filter((c): c is InvolvedCell => c !== undefined);
}

export function num(v: ParsedValue | undefined): number {
  return v && v.value !== null ? v.value : 0;
}

/** Found, and holding a readable number or nothing: a relation is checked only where all its cells are. */
function isReadable(cell: LocatedCell | undefined, v: ParsedValue | undefined): boolean {
  return cell !== undefined && (v === undefined || v.value !== null || v.blank);
}

export function readable(ctx: RuleContext, key: string): boolean {
  return isReadable(ctx.cell(key), ctx.value(key));
}

export function allReadable(ctx: RuleContext, keys: readonly string[]): boolean {
  for (const k of keys) if (!readable(ctx, k)) return false;
  return true;
}

/**
 * The sum of the cells as the reviewer adds them (blank counts as 0, see round), or null when one of them is not
 * readable. Each cell is looked up once: the relations' look-ups are most of a check.
 */
export function readableSum(ctx: RuleContext, keys: readonly string[]): number | null {
  let sum = 0;
  for (const k of keys) {
    const v = ctx.value(k);
    if (!isReadable(ctx.cell(k), v)) return null;
    sum += num(v);
  }
  return round(sum);
}

/** Sums as the reviewer would, without binary noise (0.1 + 0.2 = 0.3); huge figures are left as they are. */
export function round(n: number): number {
  return Math.abs(n) < 1e9 ? Math.round(n * 1e6) / 1e6 : n;
}

/** Figures so large that their sums overflow say nothing a clerk can act on: the number rule is left to speak. */
export function comparable(...values: number[]): boolean {
  return values.every((v) => Number.isFinite(v));
}

export function involvedValue(v: ParsedValue | undefined): number | string | null {
  if (!v) return null;
  if (v.value !== null) return v.value;
  return v.blank ? null : v.text;
}

/** Beyond this many non-zero parts a sum names only the largest, so that the sentence stays readable. */
const PARTS_SHOWN = 4;

/**
 * "予以公开 12 + 部分公开 3 + 其余 19 项为 0": zeros are summarised, and a long list is ordered by size and cut
 * ("予以公开 14 + 部分公开 7 + 其他 5 + 属于国家秘密 1 等 21 项"); every part stays in the finding's cells.
 */
export function partsText(parts: Array<{ label: string; value: number }>, lang: Lang, sign = " + "): string {
  if (parts.length === 0) return text("parts.none", {}, lang);
  if (parts.length <= 4) return parts.map((p) => `${p.label} ${formatNumber(p.value)}`).join(sign);
  const nonZero = parts.filter((p) => p.value !== 0).sort((a, b) => Math.abs(b.value) - Math.abs(a.value));
  const zeros = parts.length - nonZero.length;
  if (nonZero.length === 0) return text("parts.all-zero", { count: zeros }, lang);
  const named = (list: typeof parts) => list.map((p) => `${p.label} ${formatNumber(p.value)}`).join(sign);
  if (nonZero.length > PARTS_SHOWN + 1)
    return `${named(nonZero.slice(0, PARTS_SHOWN))} ${text("parts.more", { count: parts.length }, lang)}`;
  const shown = named(nonZero);
  return zeros > 0 ? `${shown}${sign}${text("parts.rest-zero", { count: zeros }, lang)}` : shown;
}
