import path from "path";
import { type CheckWorkbookOptions } from "../../core/check";
import { unitName } from "../../core/report";
import { type FileReport } from "../check/report";
import { type Target } from "../check/files";
import { type BatchReport, toRow } from "./check-one";
import { batchCsv } from "./format-csv";
import { summaryText } from "./summary-table";
import { batchHtml } from "./format-html";
import { runBatch } from "./pool";

function asBatch(report: FileReport): BatchReport {
  const b = report as Partial<BatchReport> & FileReport;
  return {
    ...b,
    unit: b.unit ?? unitName(path.basename(report.file)),
    justifications: b.justifications ?? [],
  };
}

/** `nianbao check --format summary`: one aligned line per unit for the terminal. */
export const summaryFormatter = {
  render: (reports: readonly FileReport[]): string => summaryText(reports.map((r) => toRow(asBatch(r)))),
};

/** `nianbao check --format csv`: one line per unit, formula-like text neutralised. */
export const csvFormatter = {
  render: (reports: readonly FileReport[]): string => batchCsv(reports.map((r) => toRow(asBatch(r)))),
};

/** `nianbao check --format html`: a sortable report for the receiving office. */
export const htmlFormatter = {
  render: (reports: readonly FileReport[]): string =>
    batchHtml(
      reports.map((r) => toRow(asBatch(r))),
      new Date().toISOString(),
    ),
};

/** Checks the targets on every core (`--jobs N` to limit); targets that are already errors pass through. */
export async function checkTargetsInParallel(
  targets: readonly Target[],
  options: CheckWorkbookOptions,
  jobs?: number,
): Promise<FileReport[]> {
  const files = targets.filter((t) => !("error" in t)).map((t) => t.file);
  const { reports } = await runBatch(files, { jobs, check: options });
  const byFile = new Map(reports.map((r) => [r.file, r]));
  return targets.map((t) => ("error" in t ? { file: t.file, error: t.error } : byFile.get(t.file)!));
}
