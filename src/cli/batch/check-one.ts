import path from "path";
import { checkWorkbook, type CheckResult, type CheckWorkbookOptions } from "../../core/check";
import { parseJustifications, type Justification, submissionStatus, unitName } from "../../core/report";
import { openWorkbookFile } from "../../file/open-file";

export type BatchStatus = "ready" | "errors" | "unexplained" | "unreadable" | "no-table";

export const STATUS_TEXT: Record<BatchStatus, string> = {
  ready: "可报送",
  errors: "有错误",
  unexplained: "警告待说明",
  unreadable: "无法读取",
  "no-table": "未找到标准表",
};

/**
 * The outcome for one file, as `nianbao check` and aggregate report it and as it crosses from a worker thread: the
 * check result without the binding (templates and maps that need not travel) and the unit and 说明 read from the
 * workbook, or why the file could not be checked.
 */
export interface BatchReport {
  file: string;
  result?: Omit<CheckResult, "binding">;
  error?: string;
  unit: string;
  justifications: Justification[];
}

/** One unit's line of the batch summary. */
export interface BatchRow {
  file: string;
  unit: string;
  templateName: string | null;
  errors: number;
  warnings: number;
  justified: number;
  status: BatchStatus;
  problem: string;
}

/** A file that could not be checked: the unit from its name, and why. */
export function failedReport(file: string, error: string): BatchReport {
  return { file, error, unit: unitName(path.basename(file)), justifications: [] };
}

/** Reads and checks one workbook; a file that cannot be read becomes a report saying why, never an exception. */
export async function checkOne(file: string, options: CheckWorkbookOptions = {}): Promise<BatchReport> {
  try {
    const opened = await openWorkbookFile(file);
    if (!opened.ok) return failedReport(file, opened.message);
    const { binding, ...result } = checkWorkbook(opened.grid, options);
    void binding;
    return {
      file,
      result,
      unit: unitName(path.basename(file), opened.grid),
      justifications: parseJustifications(opened.grid),
    };
  } catch (e) {
    return failedReport(file, `检查「${file}」时出错：${e instanceof Error ? e.message : String(e)}`);
  }
}

function firstProblems(result: Omit<CheckResult, "binding">, limit: number): string {
  const shown = result.findings.filter((f) => f.severity !== "info").slice(0, limit);
  return shown.map((f) => `${f.cell ? `${f.cell}：` : ""}${f.message}`).join("；");
}

export function toRow(report: BatchReport, problems = 3): BatchRow {
  const base = {
    file: report.file,
    unit: report.unit,
    templateName: null,
    errors: 0,
    warnings: 0,
    justified: 0,
  };
  const r = report.result;
  if (!r) return { ...base, status: "unreadable", problem: report.error ?? "" };
  if (!r.template) return { ...base, status: "no-table", problem: r.findings[0]?.message ?? "" };
  const status = submissionStatus(r, report.justifications);
  return {
    ...base,
    templateName: r.templateName,
    errors: r.summary.errors,
    warnings: r.summary.warnings,
    justified: status.justified.length,
    status: status.blockers.length > 0 ? "errors" : status.ready ? "ready" : "unexplained",
    problem: firstProblems(r, problems),
  };
}
