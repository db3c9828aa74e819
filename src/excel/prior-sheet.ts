import { rangeA1 } from "../core/grid";
import { PRIOR_SHEET } from "../core/report/prior";
import { excelError } from "./errors";
import { excelApi } from "./office-env";

/**
 * Replaces the 「年报助手上年数据」 sheet with `rows` (added, hidden from ExcelApi 1.2, when missing), or deletes it
 * when `rows` is null. Cells are text so that a figure is kept exactly as written.
 */
export async function savePriorSheet(rows: readonly string[][] | null): Promise<void> {
  try {
    await Excel.run(async (ctx) => {
      const worksheets = ctx.workbook.worksheets;
      worksheets.load("items/name");
      await ctx.sync();
      const exists = worksheets.items.some((s) => s.name === PRIOR_SHEET);
      if (rows === null) {
        if (exists) worksheets.getItem(PRIOR_SHEET).delete();
        await ctx.sync();
        return;
      }
      const sheet = exists ? worksheets.getItem(PRIOR_SHEET) : worksheets.add(PRIOR_SHEET);
      if (exists) sheet.getUsedRange().clear(Excel.ClearApplyTo.contents);
      else if (excelApi("1.2")) sheet.visibility = Excel.SheetVisibility.hidden;
      const width = Math.max(1, ...rows.map((r) => r.length));
      const values = rows.map((r) => Array.from({ length: width }, (_, c) => r[c] ?? ""));
      const range = sheet.getRange(rangeA1(0, 0, values.length - 1, width - 1));
      range.numberFormat = values.map((r) => r.map(() => "@"));
      range.values = values;
      await ctx.sync();
    });
  } catch (err) {
    throw excelError(err, rows === null ? "移除上年数据" : "保存上年数据");
  }
}
