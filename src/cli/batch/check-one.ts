import path from "path";
import { checkWorkbook } from "../../core/check";
import { type Finding } from "../../core/finding";
import { type Lang } from "../../core/messages/render";
import { parseJustifications, submissionStatus, unitName } from "../../core/report";
import { type Figures } from "../../core/rules/context";
import { type Severity } from "../../core/templates/schema";
import { loadFile } from "./load-file";

export type BatchStatus = "ready" | "errors" | "unexplained" | "unreadable" | "no-table";

export const STATUS_TEXT: Record<BatchStatus, string> = {
  ready: "可报送",
  errors: "有错误",
  unexplained: "提醒待说明",
  unreadable: "无法读取",
  "no-table": "未找到标准表",
};

/** One unit's line of the batch summary. */
export interface BatchRow {
  file: string;
  unit: string;
  template: string | null;
  templateName: string | null;
  errors: number;
  warnings: number;
  justified: number;
  infos: number;
  stale: number;
  status: BatchStatus;
  /** Why the file could not be checked. */
  problem?: string;
  figures?: Figures;
  findings?: Finding[];
}

export interface CheckOneOptions {
  lang?: Lang;
  prior?: Figures;
  requiredSeverity?: Severity;
  /** Keep the findings (json output) and figures (汇总) in the row. */
  keepFindings?: boolean;
  keepFigures?: boolean;
}

/** Reads and checks one workbook; a file that cannot be read becomes a row saying why, never an exception. */
export async function checkOne(file: string, options: CheckOneOptions = {}): Promise<BatchRow> {
  const base = {
    file,
    unit: unitName(path.basename(file)),
    template: null,
    templateName: null,
    errors: 0,
    warnings: 0,
    justified: 0,
    infos: 0,
    stale: 0,
  };
  const loaded = await loadFile(file);
  if (!loaded.ok) return { ...base, status: "unreadable", problem: loaded.error };
  try {
    const result = checkWorkbook(loaded.grid, {
      lang: options.lang,
      prior: options.prior,
      requiredSeverity: options.requiredSeverity,
    });
    const status = submissionStatus(result, parseJustifications(loaded.grid));
    const row: BatchRow = {
      ...base,
      unit: unitName(path.basename(file), loaded.grid),
      template: result.template,
      templateName: result.templateName,
      errors: result.summary.errors,
      warnings: result.summary.warnings,
      justified: status.justified.length,
      infos: result.summary.infos,
      stale: status.stale.length,
      status: !result.template
        ? "no-table"
        : status.blockers.length > 0
          ? "errors"
          : status.ready
            ? "ready"
            : "unexplained",
    };
    if (!result.template) row.problem = result.findings[0]?.message;
    if (options.keepFindings) row.findings = result.findings;
    if (options.keepFigures) row.figures = result.figures;
    return row;
  } catch (e) {
    return {
      ...base,
      status: "unreadable",
      problem: `检查「${file}」时出错：${e instanceof Error ? e.message : String(e)}`,
    };
  }
}
