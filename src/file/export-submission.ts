import { checkWorkbook, type CheckWorkbookOptions } from "../core/check";
import { type WorkbookGrid } from "../core/grid";
import { type OutgoingFile } from "../core/host";
import {
  beijingTime,
  blockingLines,
  buildExportDocument,
  checksRun,
  type ExportDocument,
  type Justification,
  parseJustifications,
  reportYear,
  type SubmissionStatus,
  submissionStatus,
  unitName,
  validationSummaryHtml,
} from "../core/report";
import { templateById } from "../core/templates";
import { cleanWorkbookBytes } from "./export-xlsx";
import { XLSX_TYPE } from "./file-host";

export interface SubmissionRequest {
  grid: WorkbookGrid;
  fileName: string;
  unit?: string;
  year?: number | null;
  /** Export time; now by default. */
  now?: Date;
  check?: CheckWorkbookOptions;
  /** The 说明 to use instead of those in the workbook's sheet (a host that cannot save them keeps them in memory). */
  justifications?: Justification[];
}

export type SubmissionExport =
  | { ok: false; status: SubmissionStatus; lines: string[] }
  | {
      ok: true;
      status: SubmissionStatus;
      document: ExportDocument;
      files: { xlsx: OutgoingFile; json: OutgoingFile; html: OutgoingFile };
    };

function safeName(s: string): string {
  return s.replace(/[\\/:*?"<>|\r\n\t]+/g, "_").slice(0, 80);
}

/** Checks the workbook and, when nothing blocks submission, builds the three files to submit. */
export async function buildSubmission(req: SubmissionRequest): Promise<SubmissionExport> {
  const result = checkWorkbook(req.grid, req.check);
  const justifications = req.justifications ?? parseJustifications(req.grid);
  const status = submissionStatus(result, justifications);
  if (!status.ready || !result.template) return { ok: false, status, lines: blockingLines(status) };
  const template = templateById(result.template)!;
  const unit = req.unit?.trim() || unitName(req.fileName, req.grid);
  const year = req.year === undefined ? reportYear(req.fileName, req.grid) : req.year;
  const exportedAt = (req.now ?? new Date()).toISOString();
  const document = buildExportDocument(result, status, justifications, {
    unit,
    year,
    exportedAt,
    source: req.fileName.replace(/^.*[\\/]/, ""),
    checks: checksRun(req.check?.prior !== undefined),
  });
  // Ideographic spaces separate the parts as on a printed Chinese form.
  const gap = "\u3000";
  const heading = `${unit}${gap}${year === null ? "" : `${year} 年度${gap}`}政府信息公开工作年度报告统计表${gap}导出时间：${beijingTime(exportedAt)}`;
  const base = safeName(`${unit}${year === null ? "" : year}政府信息公开工作年度报告统计表`);
  return {
    ok: true,
    status,
    document,
    files: {
      xlsx: {
        name: `${base}.xlsx`,
        mime: XLSX_TYPE,
        data: await cleanWorkbookBytes(template, result.figures, heading, unit),
      },
      json: {
        name: `${base}.json`,
        mime: "application/json",
        data: `${JSON.stringify(document, null, 2)}\n`,
      },
      html: { name: `${base}_校验说明.html`, mime: "text/html", data: validationSummaryHtml(document) },
    },
  };
}
