import type ExcelJS from "exceljs";
import { JUSTIFICATION_SHEET, type Justification, justificationRows } from "../core/report/justifications";

/**
 * Writes the 说明 into the workbook, so that they travel with the file and are read back by every host: the
 * 「年报助手说明」 sheet (hidden) is replaced as a whole, and removed when there are none.
 */
export function saveJustifications(workbook: ExcelJS.Workbook, list: readonly Justification[]): void {
  const old = workbook.getWorksheet(JUSTIFICATION_SHEET);
  if (old) workbook.removeWorksheet(old.id);
  const rows = justificationRows(list);
  if (rows.length <= 1) return;
  const ws = workbook.addWorksheet(JUSTIFICATION_SHEET, { state: "hidden" });
  for (const row of rows) ws.addRow(row);
  ws.getRow(1).font = { bold: true };
  ws.columns = [12, 10, 14, 10, 20, 50, 26, 60].map((width) => ({ width }));
}
