import type ExcelJS from "exceljs";
import { JUSTIFICATION_SHEET, type Justification, justificationRows } from "../core/report/justifications";

/**
 * Replaces the workbook's 「年报助手说明」 sheet (hidden) with these rows, header first; no rows after the header
 * removes it. This is Host.saveJustifications for a host that holds an exceljs workbook.
 */
export function saveJustificationRows(workbook: ExcelJS.Workbook, rows: readonly string[][]): void {
  const old = workbook.getWorksheet(JUSTIFICATION_SHEET);
  if (old) workbook.removeWorksheet(old.id);
  if (rows.length <= 1) return;
  const ws = workbook.addWorksheet(JUSTIFICATION_SHEET, { state: "hidden" });
  for (const row of rows) ws.addRow([...row]);
  ws.getRow(1).font = { bold: true };
  ws.columns = [12, 10, 14, 10, 20, 50, 26, 60].map((width) => ({ width }));
}

/** Writes the 说明 into the workbook, so that they travel with the file and are read back by every host. */
export function saveJustifications(workbook: ExcelJS.Workbook, list: readonly Justification[]): void {
  saveJustificationRows(workbook, justificationRows(list));
}
