import { rangeA1 } from "../core/grid";
import { JUSTIFICATION_SHEET } from "../core/report/justifications";
import { excelError } from "./errors";
import { excelApi } from "./office-env";

/**
 * Replaces the 「年报助手说明」 sheet's content with `rows`, adding the sheet (hidden from ExcelApi 1.2) when it is
 * missing. Cells are text so a time or a code is never turned into a date or a number.
 */
export async function saveJustificationSheet(rows: readonly string[][]): Promise<void> {
  const width = Math.max(1, ...rows.map((r) => r.length));
  const values = rows.map((r) => Array.from({ length: width }, (_, c) => r[c] ?? ""));
  try {
    await Excel.run(async (ctx) => {
      const worksheets = ctx.workbook.worksheets;
      worksheets.load("items/name");
      await ctx.sync();
      const exists = worksheets.items.some((s) => s.name === JUSTIFICATION_SHEET);
      const sheet = exists ? worksheets.getItem(JUSTIFICATION_SHEET) : worksheets.add(JUSTIFICATION_SHEET);
      if (exists) sheet.getUsedRange().clear(Excel.ClearApplyTo.contents);
      else if (excelApi("1.2")) sheet.visibility = Excel.SheetVisibility.hidden;
      if (values.length > 0) {
        const range = sheet.getRange(rangeA1(0, 0, values.length - 1, width - 1));
        range.numberFormat = values.map((r) => r.map(() => "@"));
        range.values = values;
      }
      await ctx.sync();
    });
  } catch (err) {
    throw excelError(err, "保存说明");
  }
}
