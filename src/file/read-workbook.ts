import ExcelJS from "exceljs";
import { type CellValue, type Merge, type SheetGrid, type WorkbookGrid, fromA1 } from "../core/grid";
import { problemWithBytes } from "./inspect-bytes";

/** Cell contents of exceljs in the core's plain form: formulas give their cached result, rich text its plain text. */
export function toCellValue(v: ExcelJS.CellValue): CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === "number" || typeof v === "string" || typeof v === "boolean") return v;
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === "object") {
    if ("error" in v && v.error) return { error: String(v.error) };
    if ("richText" in v && Array.isArray(v.richText)) return v.richText.map((r) => r.text).join("");
    if ("formula" in v || "sharedFormula" in v) {
      const result = (v as { result?: ExcelJS.CellValue }).result;
      return result === undefined ? null : toCellValue(result);
    }
    if ("text" in v && typeof v.text === "string") return v.text;
  }
  return String(v);
}

function mergesOf(ws: ExcelJS.Worksheet): Merge[] {
  // exceljs keeps merges as "A1:C3" strings on the model.
  const ranges = (ws.model as { merges?: string[] }).merges ?? [];
  return ranges.map((r) => {
    const [a, b] = r.split(":");
    const tl = fromA1(a);
    const br = fromA1(b ?? a);
    return { top: tl.row, left: tl.col, bottom: br.row, right: br.col };
  });
}

export function sheetToGrid(ws: ExcelJS.Worksheet): SheetGrid {
  const rows: CellValue[][] = [];
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: CellValue[] = [];
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      // exceljs repeats a merged area's value in every cell of it; Excel shows it once, top left, and so do we.
      if (cell.type === ExcelJS.ValueType.Merge) return;
      cells[colNumber - 1] = toCellValue(cell.value);
    });
    for (let c = 0; c < cells.length; c++) if (cells[c] === undefined) cells[c] = null;
    rows[rowNumber - 1] = cells;
  });
  for (let i = 0; i < rows.length; i++) if (!rows[i]) rows[i] = [];
  return { name: ws.name, rows, merges: mergesOf(ws) };
}

export function workbookToGrid(wb: ExcelJS.Workbook): WorkbookGrid {
  return { sheets: wb.worksheets.map(sheetToGrid) };
}

/** Reads an .xlsx held in memory (Node Buffer or browser ArrayBuffer). */
export async function readWorkbook(
  data: ArrayBuffer | Uint8Array,
): Promise<{ workbook: ExcelJS.Workbook; grid: WorkbookGrid }> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(data as ArrayBuffer);
  return { workbook, grid: workbookToGrid(workbook) };
}

export type OpenResult = { ok: true; grid: WorkbookGrid } | { ok: false; message: string };

function hasCells(grid: WorkbookGrid): boolean {
  return grid.sheets.some((s) =>
    s.rows.some((r) => r.some((v) => v !== null && v !== undefined && v !== "")),
  );
}

/**
 * Reads the bytes of a file the user chose, named `name` in messages; never throws. Wrong, damaged, encrypted,
 * old-format and empty files come back as a Chinese message saying which file and why.
 */
export async function openWorkbookBytes(data: ArrayBuffer | Uint8Array, name: string): Promise<OpenResult> {
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  const problem = problemWithBytes(bytes, name);
  if (problem) return { ok: false, message: problem };
  let grid: WorkbookGrid;
  try {
    ({ grid } = await readWorkbook(bytes));
  } catch {
    return {
      ok: false,
      message: `「${name}」已损坏，无法作为 .xlsx 打开；请在 Excel/WPS 中打开后重新另存为 .xlsx`,
    };
  }
  if (grid.sheets.length === 0) return { ok: false, message: `「${name}」里没有任何工作表` };
  if (!hasCells(grid)) return { ok: false, message: `「${name}」是空工作簿：所有工作表都没有内容` };
  return { ok: true, grid };
}
