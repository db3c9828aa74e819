import { type CheckResult } from "../check";
import { type Finding } from "../finding";
import { formatNumber } from "../messages/render";
import { round } from "../rules/context";
import { tableInfo } from "../rules/table-info";
import { type Table, templateById } from "../templates";
import { gov2019Outline } from "./data/gov-2019";
import { gov2021Outline } from "./data/gov-2021";
import { pre2019Outline } from "./data/pre-2019";
import {
  type Clause,
  type Condition,
  type OutlineSpec,
  type ParagraphSpec,
  type Piece,
  type SectionSpec,
} from "./spec";
import { type Outline, type OutlineBlock, PLACEHOLDER_OPEN, type Run, UNVERIFIED_OPEN } from "./types";

export const outlineSpecs: readonly OutlineSpec[] = [gov2021Outline, gov2019Outline, pre2019Outline];

export interface OutlineOptions {
  unit?: string | null;
  year?: number | null;
}

function gap(text: string): Run {
  return { kind: "placeholder", text: `${PLACEHOLDER_OPEN}${text}】` };
}

function tableOf(result: CheckResult, id: string): Table | undefined {
  return templateById(result.template ?? "")?.tables.find((t) => t.id === id);
}

function tableTitle(result: CheckResult, id: string): string {
  return tableOf(result, id)?.title ?? id;
}

/** The top-level row above a row of the table, by the template's parent links. */
function topRow(table: Table | undefined, rowId: string): string {
  if (!table) return rowId;
  const { rows } = tableInfo(table);
  let id = rowId;
  for (let r = rows.get(id); r?.parent && rows.has(r.parent); r = rows.get(r.parent)) id = r.parent;
  return id;
}

class Writer {
  constructor(
    private readonly result: CheckResult,
    private readonly table: string,
    private readonly scope: OutlineSpec["errorScope"] = "table",
  ) {}

  private get figures(): Record<string, number | null> {
    return this.result.figures[this.table] ?? {};
  }

  value(ref: string): number {
    return this.figures[ref] ?? 0;
  }

  holds(when: Condition | undefined): boolean {
    if (!when) return true;
    if (when.zero && when.zero.some((r) => this.value(r) !== 0)) return false;
    if (when.nonZero && when.nonZero.every((r) => this.value(r) === 0)) return false;
    if (when.allNonZero && when.allNonZero.some((r) => this.value(r) === 0)) return false;
    return true;
  }

  private errors(keys: string[]): Finding[] {
    const inTable = this.result.findings.filter((f) => f.table === this.table && f.severity === "error");
    if (this.scope === "table") return inTable;
    const table = tableOf(this.result, this.table);
    const tops = new Set(keys.map((k) => topRow(table, k.split(".")[0])));
    return inTable.filter((f) => f.involved.some((c) => tops.has(topRow(table, c.rowId))));
  }

  /**
   * A figure, or 【数据待核：表中为 75】 when its table still has errors: the figure as entered and nothing more, so that
   * the sentence stays a sentence; why it is in doubt is kept in `reason` and is one click away in the findings.
   */
  figure(keys: string[], value: number, text: string, derived?: "sum" | "percent"): Run {
    const errors = this.errors(keys);
    if (errors.length > 0) {
      const own = errors.find((f) => f.involved.some((c) => keys.includes(`${c.rowId}.${c.colId}`)));
      const title = tableTitle(this.result, this.table);
      const where = this.scope === "table" ? title : `「${title}」的这一部分`;
      const reason = own ? own.message : `${where}尚有${errors.length}处错误未改正`;
      return {
        kind: "unverified",
        text: `${UNVERIFIED_OPEN}表中为 ${text}】`,
        value,
        table: this.table,
        keys,
        reason,
      };
    }
    const located =
      keys.length === 1
        ? this.result.binding?.tables.find((t) => t.table.id === this.table)?.cells.get(keys[0])
        : undefined;
    return {
      kind: "figure",
      text,
      value,
      table: this.table,
      keys,
      ...(located ? { cell: located.address, sheet: located.sheet } : {}),
      ...(derived ? { derived } : {}),
    };
  }

  total(refs: string[]): number {
    return round(refs.reduce((s, r) => s + this.value(r), 0));
  }

  piece(p: Piece): Run[] {
    if (typeof p === "string") return [{ kind: "text", text: p }];
    if ("placeholder" in p) return [gap(p.placeholder)];
    if ("fig" in p)
      return [
        this.figure([p.fig], this.value(p.fig), formatNumber(this.value(p.fig))),
        { kind: "text", text: p.unit },
      ];
    if ("percent" in p) {
      const base = this.total(p.of);
      if (base === 0) return [];
      const share = Math.round((this.total(p.percent) / base) * 1000) / 10;
      const runs: Run[] = [this.figure([...p.percent, ...p.of], share, `${formatNumber(share)}%`, "percent")];
      return [{ kind: "text", text: p.before ?? "" }, ...runs, { kind: "text", text: p.after ?? "" }];
    }
    const items = p.list
      .map((item) => ({
        label: item.label,
        unit: item.unit ?? p.unit,
        refs: typeof item.ref === "string" ? [item.ref] : item.ref,
      }))
      .filter((item) => this.total(item.refs) !== 0);
    if (items.length === 0) return [];
    const runs: Run[] = [{ kind: "text", text: p.before ?? "" }];
    items.forEach((item, i) => {
      const n = this.total(item.refs);
      runs.push({ kind: "text", text: `${i > 0 ? "、" : ""}${item.label}` });
      runs.push(this.figure(item.refs, n, formatNumber(n), item.refs.length > 1 ? "sum" : undefined));
      runs.push({ kind: "text", text: item.unit });
    });
    runs.push({ kind: "text", text: p.after ?? "" });
    return runs;
  }

  clause(c: Clause): Run[] {
    return this.holds(c.when) ? c.pieces.flatMap((p) => this.piece(p)) : [];
  }
}

/** Adjacent plain texts joined, empty ones dropped. */
function tidy(runs: Run[]): Run[] {
  const out: Run[] = [];
  for (const r of runs) {
    if (r.kind === "text" && r.text === "") continue;
    const last = out[out.length - 1];
    if (r.kind === "text" && last?.kind === "text") last.text += r.text;
    else out.push({ ...r });
  }
  return out;
}

function paragraph(result: CheckResult, spec: ParagraphSpec, scope: OutlineSpec["errorScope"]): Run[] {
  if (!spec.table) return tidy(spec.clauses.flatMap((c) => new Writer(result, "").clause(c)));
  if (!result.figures[spec.table])
    return [gap(`统计表中未找到「${tableTitle(result, spec.table)}」，请据实填写相关情况`)];
  const writer = new Writer(result, spec.table, scope);
  return tidy(spec.clauses.flatMap((c) => writer.clause(c)));
}

function section(
  result: CheckResult,
  spec: SectionSpec,
  scope: OutlineSpec["errorScope"],
  level: 1 | 2,
  out: OutlineBlock[],
): void {
  out.push({ kind: "heading", level, text: spec.heading });
  for (const p of spec.paragraphs) {
    const runs = paragraph(result, p, scope);
    if (runs.length > 0) out.push({ kind: "paragraph", runs });
  }
  for (const sub of spec.subsections ?? []) section(result, sub, scope, 2, out);
}

/** The report's outline: the official sections, figure-bearing sentences from the checked tables, and gaps for the clerk. */
export function generateOutline(result: CheckResult, options: OutlineOptions = {}): Outline | null {
  const spec = outlineSpecs.find((s) => s.template === result.template);
  if (!spec) return null;
  const unit = options.unit?.trim() || null;
  const year = options.year ?? null;
  const title = tidy([
    unit ? { kind: "text", text: unit } : gap("单位名称"),
    year ? { kind: "text", text: String(year) } : gap("年份"),
    { kind: "text", text: "年政府信息公开工作年度报告" },
  ]);
  const blocks: OutlineBlock[] = [];
  for (const s of spec.sections) section(result, s, spec.errorScope, 1, blocks);
  return { template: spec.template, title, unit, year, blocks };
}
