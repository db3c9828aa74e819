import { type BatchReport } from "../batch/check-one";

/** 0 no errors; 1 errors found; 2 a file could not be read or had no standard table (this wins over 1). */
export function exitCode(reports: readonly BatchReport[]): number {
  if (reports.some((r) => r.error !== undefined || !r.result?.template)) return 2;
  return reports.some((r) => (r.result?.summary.errors ?? 0) > 0) ? 1 : 0;
}
