import ExcelJS from "exceljs";
import { type CellValue, isCellError } from "../core/grid";
import { type SheetLayout } from "../core/layout/official-layout";

export interface WriteOptions {
  /**
   * Locks the sheet so only the figure cells can be edited. No password: a clerk who needs to change the
   * form can still lift the protection in Excel/WPS, it only guards against typing over labels by mistake.
   */
  protect?: boolean;
  creator?: string;
}

/** Points per line of 11 pt text with CJK glyphs. */
const LINE_HEIGHT = 15;

const THIN: Partial<ExcelJS.Borders> = {
  top: { style: "thin" },
  left: { style: "thin" },
  bottom: { style: "thin" },
  right: { style: "thin" },
};

/** Display width in Excel character units: CJK and full-width characters take two. */
function textWidth(text: string): number {
  let w = 0;
  for (const ch of text) w += /[\u1100-\uffff]/.test(ch) ? 2 : 1;
  return w;
}

function excelValue(v: CellValue): ExcelJS.CellValue {
  if (v === null) return null;
  if (isCellError(v)) return { error: v.error as ExcelJS.CellErrorValue["error"] };
  return v;
}

/**
 * Tables share the sheet's columns, so one column can hold row labels of one table and figures of another:
 * it gets the room its row labels need, while column headers wrap within a narrow figure column.
 */
function columnWidths(layout: SheetLayout): number[] {
  const dataRows = new Set(layout.inputs.map((i) => i.row));
  const inputCols = new Set(layout.inputs.map((i) => i.col));
  const spanning = new Set(layout.merges.filter((m) => m.right > m.left).map((m) => `${m.top},${m.left}`));
  const labelNeed = new Array<number>(layout.width).fill(0);
  const headerNeed = new Array<number>(layout.width).fill(0);
  for (const { row, col } of layout.headerCells) {
    const v = layout.rows[row]?.[col];
    if (typeof v !== "string" || spanning.has(`${row},${col}`)) continue;
    const need = dataRows.has(row) ? labelNeed : headerNeed;
    need[col] = Math.max(need[col], textWidth(v));
  }
  return labelNeed.map((label, c) =>
    Math.max(Math.min(label + 2, 40), Math.min(headerNeed[c] / 2 + 2, 16), inputCols.has(c) ? 10 : 8),
  );
}

/** Point heights for rows whose wrapped labels need more than one line: Excel does not fit them on opening. */
function rowHeights(layout: SheetLayout, widths: readonly number[]): Map<number, number> {
  const titles = new Set(layout.titleRows);
  const mergeAt = new Map(layout.merges.map((m) => [`${m.top},${m.left}`, m]));
  const heights = new Map<number, number>();
  for (const { row, col } of layout.headerCells) {
    const v = layout.rows[row]?.[col];
    if (typeof v !== "string" || titles.has(row)) continue;
    const m = mergeAt.get(`${row},${col}`) ?? { top: row, left: col, bottom: row, right: col };
    const room = widths.slice(m.left, m.right + 1).reduce((a, b) => a + b, 0) - 1;
    const lines = Math.ceil(textWidth(v) / Math.max(room, 1));
    const perRow = (lines * LINE_HEIGHT) / (m.bottom - m.top + 1);
    if (perRow <= LINE_HEIGHT) continue;
    for (let r = m.top; r <= m.bottom; r++) heights.set(r, Math.max(heights.get(r) ?? 0, perRow));
  }
  return heights;
}

function cellsOf(layout: SheetLayout): Array<{ row: number; col: number }> {
  const titles = new Set(layout.titleRows);
  const out = [...layout.headerCells.filter((c) => !titles.has(c.row)), ...layout.inputs];
  for (const m of layout.merges) {
    if (titles.has(m.top)) continue;
    for (let r = m.top; r <= m.bottom; r++)
      for (let c = m.left; c <= m.right; c++) out.push({ row: r, col: c });
  }
  return out;
}

/** Adds one laid-out sheet to `workbook`, formatted as the official form. */
export function addLayoutSheet(
  workbook: ExcelJS.Workbook,
  layout: SheetLayout,
  options: WriteOptions = {},
): ExcelJS.Worksheet {
  const ws = workbook.addWorksheet(layout.name);
  // Row labels sit beside figures; column headers above them.
  const dataRows = new Set(layout.inputs.map((i) => i.row));
  const widths = columnWidths(layout);
  ws.columns = widths.map((width) => ({ width }));
  for (const [r, height] of rowHeights(layout, widths)) ws.getRow(r + 1).height = Math.ceil(height);
  ws.pageSetup = { orientation: "landscape", paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0 };

  layout.rows.forEach((row, r) =>
    (row ?? []).forEach((v, c) => {
      if (v !== null && v !== undefined) ws.getCell(r + 1, c + 1).value = excelValue(v);
    }),
  );
  for (const m of layout.merges) ws.mergeCells(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);

  for (const { row, col } of cellsOf(layout)) ws.getCell(row + 1, col + 1).border = THIN;
  for (const { row, col } of layout.headerCells) {
    const cell = ws.getCell(row + 1, col + 1);
    cell.alignment = {
      wrapText: true,
      vertical: "middle",
      horizontal: dataRows.has(row) ? "left" : "center",
    };
    cell.protection = { locked: true };
  }
  for (const input of layout.inputs) {
    const cell = ws.getCell(input.row + 1, input.col + 1);
    cell.numFmt = input.decimal ? "0.00##" : "0";
    cell.alignment = { horizontal: "right", vertical: "middle" };
    cell.protection = { locked: false };
  }
  for (const r of layout.titleRows) {
    const row = ws.getRow(r + 1);
    row.font = { bold: true };
    row.eachCell((cell) => {
      cell.font = { bold: true };
      cell.alignment = { ...cell.alignment, vertical: "middle" };
    });
  }
  if (options.protect) {
    // With no password exceljs sets the protection synchronously; the returned promise only matters for hashing.
    void ws.protect("", {
      selectLockedCells: true,
      selectUnlockedCells: true,
      formatColumns: true,
      formatRows: true,
    });
  }
  return ws;
}

/** A workbook with one formatted sheet per layout, ready for `workbook.xlsx.writeFile` / `writeBuffer`. */
export function layoutToWorkbook(
  layouts: SheetLayout | readonly SheetLayout[],
  options: WriteOptions = {},
): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = options.creator ?? "年报助手";
  for (const layout of Array.isArray(layouts) ? layouts : [layouts as SheetLayout])
    addLayoutSheet(workbook, layout, options);
  return workbook;
}
