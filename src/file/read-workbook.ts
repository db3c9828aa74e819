import ExcelJS from "exceljs";
import { type CellValue, type Merge, type SheetGrid, type WorkbookGrid, fromA1 } from "../core/grid";

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
      cells[colNumber - 1] = toCellValue(cell.value);
    });
    rows[rowNumber - 1] = cells;
  });
  for (let i = 0; i < rows.length; i++) if (!rows[i]) rows[i] = [];
  return { name: ws.name, rows, merges: mergesOf(ws) };
}

export function workbookToGrid(wb: ExcelJS.Workbook): WorkbookGrid {
  return { sheets: wb.worksheets.map(sheetToGrid) };
}

/** Reads an .xlsx held in memory (Node Buffer or browser ArrayBuffer). */
export async function readWorkbook(data: ArrayBuffer | Uint8Array): Promise<{ workbook: ExcelJS.Workbook; grid: WorkbookGrid }> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(data as ArrayBuffer);
  return { workbook, grid: workbookToGrid(workbook) };
}
