import { type CellValue, fromA1, isCellError, toA1 } from "../../src/core/grid";
import { officialLayout, type SheetLayout } from "../../src/core/layout/official-layout";
import { consistentFigures } from "../../src/core/sample/consistent-figures";
import { templateById } from "../../src/core/templates";
import { type InProcessExcel, type InProcessOptions, openInProcess } from "../../tools/excel-sim/in-process";
import { loadXlsx } from "../../tools/excel-sim/load-xlsx";
import { saveXlsx } from "../../tools/excel-sim/save-xlsx";
import { convertWithLibreOffice } from "../support/libreoffice";
import {
  addSheet,
  cellAt,
  cellFor,
  displayedFill,
  emptyWorkbook,
  type Scalar,
  type SimSheet,
  type SimWorkbook,
} from "../../tools/excel-sim/model";

/**
 * The unit tests of src/excel open their workbooks in the simulated Excel, in process: Microsoft's office.js over
 * the simulator's host (tools/excel-sim/in-process.ts). These helpers make a workbook and look at it as a clerk
 * would: values, own fills and the fill shown on screen.
 */

export const SHEET = "2025年报";

/** A workbook with `rows` on a new sheet, as a clerk typed them. */
export function putRows(
  book: SimWorkbook,
  name: string,
  rows: ReadonlyArray<ReadonlyArray<CellValue>>,
): SimSheet {
  const sheet = addSheet(book, name);
  rows.forEach((row, r) =>
    row.forEach((v, c) => {
      if (v === null || v === "") return;
      const cell = cellFor(sheet, r, c);
      if (isCellError(v)) {
        cell.value = v.error;
        cell.error = v.error;
      } else cell.value = v;
    }),
  );
  return sheet;
}

/** A gov-2021 workbook in the official layout with consistent figures, as a clerk would have it open. */
export function gov2021Book(): {
  book: SimWorkbook;
  sheet: SimSheet;
  layout: SheetLayout;
  cellOf(tableId: string, key: string): string;
} {
  const template = templateById("gov-2021")!;
  const layout = officialLayout(template, { sheetName: SHEET, figures: consistentFigures(template, 7) });
  const book = emptyWorkbook();
  const sheet = putRows(book, SHEET, layout.rows);
  sheet.merges = layout.merges.map((m) => ({ ...m }));
  return {
    book,
    sheet,
    layout,
    cellOf(tableId, key) {
      const input = layout.inputs.find((i) => i.tableId === tableId && i.key === key);
      if (!input) throw new Error(`no input ${tableId} ${key}`);
      return toA1(input.row, input.col);
    },
  };
}

export function valueAt(sheet: SimSheet, a1: string): Scalar | null {
  const p = fromA1(a1);
  return cellAt(sheet, p.row, p.col)?.value ?? null;
}

export function setValue(sheet: SimSheet, a1: string, value: Scalar | null): void {
  const p = fromA1(a1);
  cellFor(sheet, p.row, p.col).value = value;
}

/** The clerk's own fill (null = No Fill). */
export function paint(sheet: SimSheet, a1: string, fill: string | null): void {
  const p = fromA1(a1);
  cellFor(sheet, p.row, p.col).fill = fill;
}

/** The fill the clerk sees: a conditional format's, else the cell's own; null = No Fill. */
export function shown(sheet: SimSheet, a1: string): string | null {
  const p = fromA1(a1);
  return displayedFill(sheet, p.row, p.col);
}

/** Every cell's own fill, to compare before and after. */
export function fills(book: SimWorkbook): Record<string, string | null> {
  const out: Record<string, string | null> = {};
  for (const s of book.sheets) for (const [k, c] of s.cells) out[`${s.name}!${k}`] = c.fill;
  return out;
}

/** A conditional format of the clerk's own on `a1`. */
export function clerkRule(
  book: SimWorkbook,
  sheet: SimSheet,
  a1: string,
  formula: string,
  fill: string,
): void {
  const p = fromA1(a1);
  sheet.cfs.push({
    key: book.nextCfKey++,
    ranges: [{ top: p.row, left: p.col, bottom: p.row, right: p.col }],
    type: "Custom",
    formula,
    fill,
  });
}

/**
 * Opens `book` in an Excel of ExcelApi `level` and makes it the `Excel` and `Office` the code under test sees.
 * Opening the same book again is a reopen: the add-in's settings are what the workbook saved.
 */
export function openIn(book: SimWorkbook, level: string, options?: InProcessOptions): InProcessExcel {
  const excel = openInProcess(book, level, options);
  excel.install();
  return excel;
}

/**
 * The workbook as Excel saves it, opened again: what the clerk has after closing and reopening the file; with
 * `viaLibreOffice`, opened and saved by LibreOffice Calc in between, as a colleague without Excel would.
 */
export async function saveAndReopen(book: SimWorkbook, viaLibreOffice = false): Promise<SimWorkbook> {
  let bytes = await saveXlsx(book);
  if (viaLibreOffice)
    bytes = (await convertWithLibreOffice({ "统计表.xlsx": bytes }, "xlsx")).get("统计表.xlsx")!;
  return loadXlsx(bytes);
}
