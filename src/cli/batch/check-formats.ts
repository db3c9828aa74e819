import { type CheckWorkbookOptions } from "../../core/check";
import { type Target } from "../check/files";
import { type BatchReport, failedReport, toRow } from "./check-one";
import { batchCsv } from "./format-csv";
import { summaryText } from "./summary-table";
import { batchHtml } from "./format-html";
import { runBatch } from "./pool";

/** `nianbao check --format summary`: one aligned line per unit for the terminal. */
export const summaryFormatter = {
  render: (reports: readonly BatchReport[]): string => summaryText(reports.map((r) => toRow(r))),
};

/** `nianbao check --format csv`: one line per unit, formula-like text neutralised. */
export const csvFormatter = {
  render: (reports: readonly BatchReport[]): string => batchCsv(reports.map((r) => toRow(r))),
};

/** `nianbao check --format html`: a sortable report for the receiving office. */
export const htmlFormatter = {
  render: (reports: readonly BatchReport[]): string =>
    batchHtml(
      reports.map((r) => toRow(r)),
      new Date().toISOString(),
    ),
};

/** Checks the targets on every core (`--jobs N` to limit); targets that are already errors pass through. */
export async function checkTargetsInParallel(
  targets: readonly Target[],
  options: CheckWorkbookOptions,
  jobs?: number,
): Promise<BatchReport[]> {
  const files = targets.filter((t) => !("error" in t)).map((t) => t.file);
  const { reports } = await runBatch(files, { jobs, check: options });
  const byFile = new Map(reports.map((r) => [r.file, r]));
  return targets.map((t) => ("error" in t ? failedReport(t.file, t.error) : byFile.get(t.file)!));
}
