import { promises as fs } from "fs";
import { checkWorkbook } from "../../core/check";
import { type WorkbookGrid } from "../../core/grid";
import { type Figures } from "../../core/rules/context";
import { readWorkbook } from "../../file/read-workbook";

export type Loaded = { ok: true; grid: WorkbookGrid } | { ok: false; error: string };

function reason(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

/** A workbook's cells, or a Chinese sentence saying why the file could not be read; never throws. */
export async function loadFile(file: string): Promise<Loaded> {
  let data: Buffer;
  try {
    data = await fs.readFile(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return {
      ok: false,
      error: code === "ENOENT" ? `找不到文件「${file}」` : `无法读取「${file}」：${reason(e)}`,
    };
  }
  try {
    return { ok: true, grid: (await readWorkbook(data)).grid };
  } catch (e) {
    return {
      ok: false,
      error: `「${file}」不是可读取的 .xlsx 工作簿（${reason(e)}）；.xls 等旧格式请先另存为 .xlsx`,
    };
  }
}

/** Last year's figures from an export .json (its top-level `figures`) or from last year's workbook. */
export async function loadPrior(
  file: string,
): Promise<{ ok: true; figures: Figures } | { ok: false; error: string }> {
  if (/\.json$/i.test(file)) {
    try {
      const doc = JSON.parse(await fs.readFile(file, "utf8")) as { figures?: unknown };
      if (doc.figures && typeof doc.figures === "object")
        return { ok: true, figures: doc.figures as Figures };
      return { ok: false, error: `上年文件「${file}」中没有 figures（应为 nianbao export 导出的 .json）` };
    } catch (e) {
      return { ok: false, error: `无法读取上年文件「${file}」：${reason(e)}` };
    }
  }
  const loaded = await loadFile(file);
  return loaded.ok ? { ok: true, figures: checkWorkbook(loaded.grid).figures } : loaded;
}

/** The .xlsx files of a directory (not its temporary ~$ files), sorted by name. */
export async function xlsxFilesIn(dir: string): Promise<string[]> {
  const names = await fs.readdir(dir);
  return names
    .filter((n) => /\.xlsx$/i.test(n) && !n.startsWith("~$"))
    .sort()
    .map((n) => `${dir.replace(/[\\/]+$/, "")}/${n}`);
}
