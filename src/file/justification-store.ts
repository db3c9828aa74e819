import type ExcelJS from "exceljs";
import { JUSTIFICATION_SHEET, type Justification, justificationRows } from "../core/report/justifications";

/**
 * Writes the 说明 into the workbook's own 「年报助手说明」 sheet (hidden, replaced as a whole), so that they travel
 * with the file and are read back by every host.
 */
export function saveJustifications(workbook: ExcelJS.Workbook, list: readonly Justification[]): void {
  const old = workbook.getWorksheet(JUSTIFICATION_SHEET);
  if (old) workbook.removeWorksheet(old.id);
  if (list.length === 0) return;
  const ws = workbook.addWorksheet(JUSTIFICATION_SHEET, { state: "hidden" });
  for (const row of justificationRows(list)) ws.addRow(row);
  ws.getRow(1).font = { bold: true };
  ws.columns = [12, 10, 14, 10, 20, 50, 26, 60].map((width) => ({ width }));
}
