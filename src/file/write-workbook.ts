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

function columnWidths(layout: SheetLayout): number[] {
  const inputCols = new Set(layout.inputs.map((i) => i.col));
  const titles = new Set(layout.titleRows);
  const spanning = new Set(layout.merges.filter((m) => m.right > m.left).map((m) => `${m.top},${m.left}`));
  const widths: number[] = [];
  for (let c = 0; c < layout.width; c++) {
    let longest = 0;
    layout.rows.forEach((row, r) => {
      const v = row?.[c];
      // Titles and headers over several columns take the room of all of them, so they do not widen one.
      if (typeof v !== "string" || titles.has(r) || spanning.has(`${r},${c}`)) return;
      longest = Math.max(longest, textWidth(v));
    });
    // Figure columns stay narrow and wrap their headers; label columns get the room of their longest label.
    widths.push(
      inputCols.has(c) ? Math.min(Math.max(longest / 2 + 2, 10), 16) : Math.min(Math.max(longest + 2, 8), 48),
    );
  }
  return widths;
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
  const inputCols = new Set(layout.inputs.map((i) => i.col));
  ws.columns = columnWidths(layout).map((width) => ({ width }));

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
      horizontal: inputCols.has(col) ? "center" : "left",
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
