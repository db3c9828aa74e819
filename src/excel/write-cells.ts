import { fromA1 } from "../core/grid";
import { type CellWrite } from "../core/host";
import { ClerkError, excelError } from "./errors";
import { excelApi } from "./office-env";

function checkAddress(w: CellWrite): void {
  try {
    fromA1(w.cell);
  } catch {
    throw new ClerkError(`无法写入“${w.sheet}”的“${w.cell}”：这不是一个单元格地址。`);
  }
}

/**
 * Writes the values the clerk confirmed. Locked cells of a protected sheet are refused before anything is written,
 * so a write either lands whole or tells the clerk why not.
 */
export async function writeCellValues(writes: readonly CellWrite[]): Promise<void> {
  if (writes.length === 0) return;
  writes.forEach(checkAddress);
  const canCheck = excelApi("1.2");
  try {
    await Excel.run(async (ctx) => {
      const sheets = [...new Set(writes.map((w) => w.sheet))];
      const protection = new Map<string, Excel.WorksheetProtection>();
      const targets = writes.map((w) => {
        const sheet = ctx.workbook.worksheets.getItem(w.sheet);
        const range = sheet.getRange(w.cell);
        if (canCheck) {
          if (!protection.has(w.sheet)) protection.set(w.sheet, sheet.protection.load("protected"));
          range.format.protection.load("locked");
        }
        return { w, range };
      });
      if (canCheck) {
        await ctx.sync();
        for (const s of sheets) {
          if (!protection.get(s)!.protected) continue;
          const locked = targets.filter((t) => t.w.sheet === s && t.range.format.protection.locked);
          if (locked.length > 0) {
            const cells = locked.map((t) => t.w.cell).join("、");
            throw new ClerkError(
              `写入失败：工作表“${s}”受保护，单元格 ${cells} 已锁定，什么都没有写入。请在“审阅 › 撤消工作表保护”后再试。`,
            );
          }
        }
      }
      for (const { w, range } of targets) range.values = [[w.value ?? ""]];
      await ctx.sync();
    });
  } catch (err) {
    throw excelError(err, "写入");
  }
}
