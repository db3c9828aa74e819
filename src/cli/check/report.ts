import { checkWorkbook, type CheckResult, type CheckWorkbookOptions } from "../../core/check";
import { openWorkbookFile } from "../../file/open-file";
import { type Target } from "./files";

/** The outcome for one file: a check result, or why the file could not be checked. */
export interface FileReport {
  file: string;
  result?: CheckResult;
  error?: string;
}

export async function checkTarget(target: Target, options: CheckWorkbookOptions): Promise<FileReport> {
  if ("error" in target) return { file: target.file, error: target.error };
  const opened = await openWorkbookFile(target.file);
  if (!opened.ok) return { file: target.file, error: opened.message };
  return { file: target.file, result: checkWorkbook(opened.grid, options) };
}

/** 0 no errors; 1 errors found; 2 a file could not be read or had no standard table (this wins over 1). */
export function exitCode(reports: readonly FileReport[]): number {
  if (reports.some((r) => r.error !== undefined || !r.result?.template)) return 2;
  return reports.some((r) => (r.result?.summary.errors ?? 0) > 0) ? 1 : 0;
}
