import { type Finding } from "../finding";
import { type CellValue, type WorkbookGrid } from "../grid";

/** The sheet that carries the clerk's 说明 inside the workbook, so they travel with the file. */
export const JUSTIFICATION_SHEET = "年报助手说明";

/** A written 说明 for a warning, tied to what the finding means rather than to where it sits on the sheet. */
export interface Justification {
  template: string;
  table: string;
  rowId: string;
  colId: string;
  rule: string;
  text: string;
  /** ISO time the 说明 was recorded. */
  time: string;
  /** What the finding said when the 说明 was written, for a reader of the sheet. */
  finding?: string;
}

type KeyFields = Pick<Justification, "template" | "table" | "rowId" | "colId" | "rule">;

const HEADER = ["模板", "表", "行", "列", "规则", "说明", "记录时间", "当时的问题"] as const;
const FIELD_OF: Record<(typeof HEADER)[number], keyof Justification> = {
  模板: "template",
  表: "table",
  行: "rowId",
  列: "colId",
  规则: "rule",
  说明: "text",
  记录时间: "time",
  当时的问题: "finding",
};

export function justificationKey(f: {
  template: string;
  table?: string;
  rowId?: string;
  colId?: string;
  rule: string;
}): string {
  return [f.template, f.table ?? "", f.rowId ?? "", f.colId ?? "", f.rule].join("|");
}

export function keyFieldsOf(f: Finding): KeyFields {
  return {
    template: f.template,
    table: f.table ?? "",
    rowId: f.rowId ?? "",
    colId: f.colId ?? "",
    rule: f.rule,
  };
}

const PLACEHOLDERS = new Set([
  "无",
  "没有",
  "暂无",
  "略",
  "同上",
  "见上",
  "na",
  "n/a",
  "none",
  "null",
  "空",
  "说明",
  "无说明",
]);
const MIN_CHARS = 4;

/** Why a 说明 text is refused, in Chinese, or null when it is acceptable. */
export function refuseJustificationText(text: string): string | null {
  const trimmed = text.trim();
  const meaningful = trimmed.replace(/[\s\p{P}\p{S}]+/gu, "");
  if (meaningful === "") return "说明不能为空，也不能只有标点（如「。」「/」）：请写明这个数字为什么如此。";
  if (PLACEHOLDERS.has(meaningful.toLowerCase()))
    return `「${trimmed}」不是说明：请写明这个数字为什么如此，例如“本年度申请量下降系窗口合并所致”。`;
  if ([...meaningful].length < MIN_CHARS)
    return `说明「${trimmed}」太短：至少写 ${MIN_CHARS} 个字，说明这个数字为什么如此。`;
  return null;
}

/** Records (or replaces) the 说明 for a finding; throws with a Chinese message when the text is refused. */
export function justify(
  list: readonly Justification[],
  finding: Finding,
  text: string,
  time: string,
): Justification[] {
  const refusal = refuseJustificationText(text);
  if (refusal) throw new Error(refusal);
  const entry: Justification = { ...keyFieldsOf(finding), text: text.trim(), time, finding: finding.message };
  const key = justificationKey(entry);
  return [...list.filter((j) => justificationKey(j) !== key), entry];
}

export function removeJustification(list: readonly Justification[], key: string): Justification[] {
  return list.filter((j) => justificationKey(j) !== key);
}

function cellText(v: CellValue | undefined): string {
  if (v === null || v === undefined) return "";
  if (typeof v === "object") return "";
  return String(v).trim();
}

/** Reads the 说明 sheet back from a workbook; rows without key or text are skipped. */
export function parseJustifications(grid: WorkbookGrid): Justification[] {
  const sheet = grid.sheets.find((s) => s.name === JUSTIFICATION_SHEET);
  if (!sheet) return [];
  const headerAt = sheet.rows.findIndex(
    (r) => (r ?? []).some((v) => cellText(v) === "说明") && (r ?? []).some((v) => cellText(v) === "规则"),
  );
  if (headerAt < 0) return [];
  const columns = new Map<keyof Justification, number>();
  sheet.rows[headerAt].forEach((v, i) => {
    const field = FIELD_OF[cellText(v) as (typeof HEADER)[number]];
    if (field) columns.set(field, i);
  });
  const out: Justification[] = [];
  for (const row of sheet.rows.slice(headerAt + 1)) {
    const get = (f: keyof Justification): string => {
      const i = columns.get(f);
      return i === undefined ? "" : cellText((row ?? [])[i]);
    };
    const j: Justification = {
      template: get("template"),
      table: get("table"),
      rowId: get("rowId"),
      colId: get("colId"),
      rule: get("rule"),
      text: get("text"),
      time: get("time"),
    };
    const finding = get("finding");
    if (finding) j.finding = finding;
    if (j.template && j.rule && j.text) out.push(j);
  }
  return out;
}

/** The 说明 sheet's rows, header first, as hosts write them. */
export function justificationRows(list: readonly Justification[]): string[][] {
  return [[...HEADER], ...list.map((j) => HEADER.map((h) => j[FIELD_OF[h]] ?? ""))];
}
