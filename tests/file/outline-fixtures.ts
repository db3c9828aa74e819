import ExcelJS from "exceljs";
import { promises as fs } from "fs";
import os from "os";
import path from "path";
import { type WorkbookGrid } from "../../src/core/grid";

/** Writes the grid as a real .xlsx file, merges included, and returns its path. */
export async function writeXlsx(grid: WorkbookGrid, dir: string, name = "统计表.xlsx"): Promise<string> {
  const wb = new ExcelJS.Workbook();
  for (const sheet of grid.sheets) {
    const ws = wb.addWorksheet(sheet.name);
    sheet.rows.forEach((row, r) =>
      (row ?? []).forEach((v, c) => {
        if (v !== null && v !== undefined && typeof v !== "object") ws.getCell(r + 1, c + 1).value = v;
      }),
    );
    for (const m of sheet.merges ?? []) ws.mergeCells(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);
  }
  const file = path.join(dir, name);
  await wb.xlsx.writeFile(file);
  return file;
}

export async function tempDir(prefix: string): Promise<string> {
  return fs.mkdtemp(path.join(os.tmpdir(), prefix));
}
