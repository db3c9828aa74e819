import { rangeA1 } from "../core/grid";
import { officialLayout, type SheetLayout } from "../core/layout/official-layout";
import { templateById } from "../core/templates";
import { excelError } from "./errors";
import { excelApi } from "./office-env";

const BASE_NAME = "统计表";

function freeName(names: readonly string[]): string {
  if (!names.includes(BASE_NAME)) return BASE_NAME;
  for (let i = 2; ; i++) if (!names.includes(`${BASE_NAME}${i}`)) return `${BASE_NAME}${i}`;
}

/** Row runs that hold headers or input cells: each gets a grid of thin borders like the printed form. */
function tableRuns(layout: SheetLayout): Array<{ top: number; bottom: number; right: number }> {
  const widths = new Map<number, number>();
  for (const c of [...layout.headerCells, ...layout.inputs])
    widths.set(c.row, Math.max(widths.get(c.row) ?? 0, c.col));
  const rows = [...widths.keys()].sort((a, b) => a - b);
  const runs: Array<{ top: number; bottom: number; right: number }> = [];
  for (const r of rows) {
    const last = runs[runs.length - 1];
    if (last && last.bottom + 1 === r) {
      last.bottom = r;
      last.right = Math.max(last.right, widths.get(r)!);
    } else runs.push({ top: r, bottom: r, right: widths.get(r)! });
  }
  return runs;
}

/** Input cells of one row that sit side by side, as ranges, so unlocking takes few calls. */
function inputRuns(layout: SheetLayout): string[] {
  const cells = [...layout.inputs].sort((a, b) => a.row - b.row || a.col - b.col);
  const out: string[] = [];
  let i = 0;
  while (i < cells.length) {
    let j = i;
    while (j + 1 < cells.length && cells[j + 1].row === cells[i].row && cells[j + 1].col === cells[j].col + 1)
      j++;
    out.push(rangeA1(cells[i].row, cells[i].col, cells[j].row, cells[j].col));
    i = j + 1;
  }
  return out;
}

function drawTable(sheet: Excel.Worksheet, layout: SheetLayout): void {
  for (const run of tableRuns(layout)) {
    const range = sheet.getRange(rangeA1(run.top, 0, run.bottom, run.right));
    const edges: Excel.BorderIndex[] = [
      Excel.BorderIndex.edgeTop,
      Excel.BorderIndex.edgeBottom,
      Excel.BorderIndex.edgeLeft,
      Excel.BorderIndex.edgeRight,
    ];
    if (run.bottom > run.top) edges.push(Excel.BorderIndex.insideHorizontal);
    if (run.right > 0) edges.push(Excel.BorderIndex.insideVertical);
    for (const e of edges) range.format.borders.getItem(e).style = Excel.BorderLineStyle.continuous;
    range.format.wrapText = true;
    range.format.verticalAlignment = Excel.VerticalAlignment.center;
  }
}

/**
 * Adds a new sheet with the template's tables in the official layout, then shows it. Existing sheets are never
 * touched. Merges and protection need ExcelApi 1.2 and are left out before that.
 */
export async function insertBlankSheet(templateId: string): Promise<string> {
  const template = templateById(templateId);
  if (!template) throw new Error(`没有编号为“${templateId}”的标准表样，无法插入空白表。`);
  try {
    return await Excel.run(async (ctx) => {
      const worksheets = ctx.workbook.worksheets;
      worksheets.load("items/name");
      await ctx.sync();
      const name = freeName(worksheets.items.map((s) => s.name));
      const layout = officialLayout(template, { sheetName: name });
      const sheet = worksheets.add(name);
      const values = layout.rows.map((row) =>
        Array.from({ length: layout.width }, (_, c) => {
          const v = row[c];
          return v === null || v === undefined || typeof v === "object" ? "" : v;
        }),
      );
      sheet.getRange(rangeA1(0, 0, values.length - 1, layout.width - 1)).values = values;
      // Column widths are ExcelApi 1.2: set before it, the batch would fail after adding a half-made sheet.
      if (excelApi("1.2")) {
        sheet.getRange("A:A").format.columnWidth = 180;
        if (layout.width > 1)
          sheet.getRange(rangeA1(0, 1, 0, layout.width - 1)).getEntireColumn().format.columnWidth = 64;
      }
      for (const r of layout.titleRows)
        sheet.getRange(rangeA1(r, 0, r, layout.width - 1)).format.font.bold = true;
      drawTable(sheet, layout);
      if (excelApi("1.2")) {
        for (const m of layout.merges) sheet.getRange(rangeA1(m.top, m.left, m.bottom, m.right)).merge(false);
        for (const a of inputRuns(layout)) sheet.getRange(a).format.protection.locked = false;
        // Formatting stays allowed so the checker can still mark cells on the protected sheet.
        sheet.protection.protect({ allowFormatCells: true, allowFormatColumns: true, allowFormatRows: true });
      }
      sheet.activate();
      await ctx.sync();
      return name;
    });
  } catch (err) {
    throw excelError(err, "插入空白表");
  }
}
