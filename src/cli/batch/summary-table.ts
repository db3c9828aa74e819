import path from "path";
import { displayWidth } from "../display-width";
import { type BatchRow, STATUS_TEXT } from "./check-one";

export const SUMMARY_HEADER = ["单位", "文件", "格式", "错误", "警告", "已说明", "状态", "问题"] as const;

/** One line per unit, in the column order of SUMMARY_HEADER. */
export function summaryCells(row: BatchRow): Array<string | number> {
  return [
    row.unit,
    path.basename(row.file),
    row.templateName ?? "",
    row.errors,
    row.warnings,
    row.justified,
    STATUS_TEXT[row.status],
    row.problem,
  ];
}

export interface BatchTotals {
  files: number;
  ready: number;
  errors: number;
  unexplained: number;
  unreadable: number;
}

export function batchTotals(rows: readonly BatchRow[]): BatchTotals {
  const count = (s: BatchRow["status"]): number => rows.filter((r) => r.status === s).length;
  return {
    files: rows.length,
    ready: count("ready"),
    errors: count("errors"),
    unexplained: count("unexplained"),
    unreadable: count("unreadable") + count("no-table"),
  };
}

export function totalsLine(t: BatchTotals): string {
  return `共 ${t.files} 个工作簿：可报送 ${t.ready}，有错误 ${t.errors}，警告待说明 ${t.unexplained}，无法检查 ${t.unreadable}`;
}

/** The summary as an aligned text table for the terminal. */
export function summaryText(rows: readonly BatchRow[]): string {
  const lines = [
    SUMMARY_HEADER.slice(0, 7).map(String),
    ...rows.map((r) => summaryCells(r).slice(0, 7).map(String)),
  ];
  const widths = lines[0].map((_, i) => Math.max(...lines.map((l) => displayWidth(l[i]))));
  const out = lines.map((l, li) => {
    const cells = l.map((c, i) => c + " ".repeat(widths[i] - displayWidth(c)));
    const problem = li > 0 ? rows[li - 1].problem.split("；")[0] : SUMMARY_HEADER[7];
    return `${cells.join("  ")}${problem ? `  ${problem}` : ""}`.trimEnd();
  });
  return [...out, "", totalsLine(batchTotals(rows))].join("\n");
}
