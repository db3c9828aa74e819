import { type WorkbookGrid } from "../../core/grid";
import { type Host } from "../../core/host";
import { type Lang } from "../../core/messages/render";
import { blockingLines, type Justification, type SubmissionStatus } from "../../core/report";
import { type Figures } from "../../core/rules/context";
import { type Translate } from "../i18n";

/** A line for the clerk under the export button. */
export interface Note {
  intent: "success" | "error" | "warning" | "info";
  text: string;
}

/** Lists of findings in the panel show this many, then 「另有 N 个」. */
export const LIMIT = 10;

export interface ExportRequest {
  host: Host;
  grid: WorkbookGrid;
  status: SubmissionStatus;
  unit: string;
  year: string;
  justifications: Justification[];
  /** Last year's figures the pane's check used: the gate and the export see the same findings. */
  prior?: Figures;
  lang: Lang;
  t: Translate;
}

/**
 * Builds the three submission files from the checked workbook and hands each to the host; resolves to what happened
 * to every file. Refused (nothing built) while the gate is closed. A failure is thrown for the pane to show.
 */
export async function exportFiles(req: ExportRequest): Promise<Note[]> {
  const { t } = req;
  if (!req.status.ready) return [{ intent: "error", text: blockingLines(req.status, LIMIT).join("\n") }];
  // exceljs is large: loaded only when the clerk exports.
  const { buildSubmission } = await import("../../file/export-submission");
  const { deliverFile } = await import("../../file/export-download");
  const year = req.year.trim();
  const out = await buildSubmission({
    grid: req.grid,
    fileName: "",
    unit: req.unit.trim() || undefined,
    year: /^\d{4}$/.test(year) ? Number(year) : null,
    justifications: req.justifications,
    check: { lang: req.lang, prior: req.prior },
  });
  if (!out.ok) return [{ intent: "error", text: out.lines.join("\n") }];
  const files = [out.files.xlsx, out.files.json, out.files.html];
  const notes: Note[] = [
    { intent: "success", text: t("submit.exported", { files: files.map((f) => f.name).join("、") }) },
  ];
  for (const file of files) {
    const done = await deliverFile(req.host, file);
    if (done.how === "unsupported")
      notes.push({
        intent: "warning",
        text: t("submit.guidance", { name: file.name, guidance: done.guidance }),
      });
    else
      notes.push({
        intent: "info",
        text: `${t(done.how === "opened" ? "submit.opened" : "submit.downloaded", { name: file.name })}${done.note ? `（${done.note}）` : ""}`,
      });
  }
  return notes;
}
