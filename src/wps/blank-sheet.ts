import { rangeA1 } from "../core/grid";
import { officialLayout } from "../core/layout/official-layout";
import { type Template } from "../core/templates/schema";
import { freeName, inputRuns, tableRuns } from "../excel/blank-sheet";
import { type EtWorkbook, items, XL } from "./et";

/** Column widths in characters (the object model's unit): labels wide enough to read, figures narrow. */
const LABEL_WIDTH = 34;
const FIGURE_WIDTH = 12;

/**
 * Adds a sheet after the last one with the template's tables in the official layout, protected so only the input
 * cells take typing (formatting stays allowed, so marks still go on), then shows it. Existing sheets are not touched.
 */
export function insertBlankSheet(workbook: EtWorkbook, template: Template): string {
  const sheets = workbook.Worksheets;
  const name = freeName(items(sheets).map((s) => s.Name));
  const layout = officialLayout(template, { sheetName: name });
  const sheet = sheets.Add(undefined, sheets.Item(sheets.Count));
  sheet.Name = name;
  const values = layout.rows.map((row) =>
    Array.from({ length: layout.width }, (_, c) => {
      const v = row[c];
      return v === null || v === undefined || typeof v === "object" ? "" : v;
    }),
  );
  sheet.Range(rangeA1(0, 0, values.length - 1, layout.width - 1)).Value2 = values;
  sheet.Range("A1").EntireColumn.ColumnWidth = LABEL_WIDTH;
  if (layout.width > 1)
    sheet.Range(rangeA1(0, 1, 0, layout.width - 1)).EntireColumn.ColumnWidth = FIGURE_WIDTH;
  for (const r of layout.titleRows) sheet.Range(rangeA1(r, 0, r, layout.width - 1)).Font.Bold = true;
  for (const run of tableRuns(layout)) {
    const range = sheet.Range(rangeA1(run.top, 0, run.bottom, run.right));
    range.Borders.LineStyle = XL.continuous;
    range.WrapText = true;
    range.VerticalAlignment = XL.center;
  }
  for (const m of layout.merges) sheet.Range(rangeA1(m.top, m.left, m.bottom, m.right)).Merge();
  for (const a of inputRuns(layout)) sheet.Range(a).Locked = false;
  sheet.Protect(undefined, true, true, false, false, true, true, true);
  sheet.Activate();
  return name;
}
