import { fromA1, rangeA1 } from "../core/grid";
import { type CellWrite } from "../core/host";
import { JUSTIFICATION_SHEET } from "../core/report/justifications";
import { type Translate } from "../taskpane/i18n";
import { ClerkError } from "./errors";
import { type EtWorkbook, type EtWorksheet, items, XL } from "./et";

export function sheetNamed(workbook: EtWorkbook, name: string): EtWorksheet | undefined {
  return items(workbook.Worksheets).find((s) => s.Name === name);
}

/**
 * Writes the values the clerk confirmed. Locked cells of a protected sheet are refused before anything is written,
 * so a write either lands whole or tells the clerk why not.
 */
export function writeCellValues(workbook: EtWorkbook, writes: readonly CellWrite[], t: Translate): void {
  for (const w of writes) {
    try {
      fromA1(w.cell);
    } catch {
      throw new ClerkError(t("wps.badAddress", { sheet: w.sheet, cell: w.cell }));
    }
  }
  const targets = writes.map((w) => {
    const sheet = sheetNamed(workbook, w.sheet);
    if (!sheet) throw new ClerkError(t("wps.noSheet", { action: t("wps.action.write"), sheet: w.sheet }));
    return { w, sheet, range: sheet.Range(w.cell) };
  });
  // The object model may hand out a new wrapper on every access: sheets are told apart by name.
  for (const name of new Set(writes.map((w) => w.sheet))) {
    const mine = targets.filter((x) => x.w.sheet === name);
    if (!mine[0].sheet.ProtectContents) continue;
    const locked = mine.filter((x) => x.range.Locked !== false).map((x) => x.w.cell);
    if (locked.length > 0) throw new ClerkError(t("wps.locked", { sheet: name, cells: locked.join("、") }));
  }
  for (const { w, range } of targets) range.Value2 = w.value ?? "";
}

/**
 * Replaces the 「年报助手说明」 sheet's content with `rows`, adding it hidden after the last sheet when it is missing
 * (the clerk stays on the sheet they were on). Cells are text so a time or a code is never turned into a number.
 */
export function saveJustificationSheet(workbook: EtWorkbook, rows: readonly string[][]): void {
  const width = Math.max(1, ...rows.map((r) => r.length));
  const values = rows.map((r) => Array.from({ length: width }, (_, c) => r[c] ?? ""));
  let sheet = sheetNamed(workbook, JUSTIFICATION_SHEET);
  if (sheet) sheet.UsedRange.ClearContents();
  else {
    const active = workbook.ActiveSheet;
    const sheets = workbook.Worksheets;
    sheet = sheets.Add(undefined, sheets.Item(sheets.Count));
    sheet.Name = JUSTIFICATION_SHEET;
    sheet.Visible = XL.sheetHidden;
    active?.Activate();
  }
  if (values.length === 0) return;
  const range = sheet.Range(rangeA1(0, 0, values.length - 1, width - 1));
  range.NumberFormat = "@";
  range.Value2 = values;
}
