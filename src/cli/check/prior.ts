import { promises as fs } from "fs";
import { type Figures } from "../../core/rules/context";
import { priorFromGrid } from "../../core/report/prior";
import { priorFromJson } from "../../core/report/prior-json";
import { openWorkbookFile } from "../../file/open-file";

export type PriorResult = { ok: true; figures: Figures } | { ok: false; message: string };

async function fromJson(file: string): Promise<PriorResult> {
  let text: string;
  try {
    text = await fs.readFile(file, "utf8");
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return {
      ok: false,
      message:
        code === "ENOENT" ? `找不到上年数据文件「${file}」` : `无法读取上年数据文件「${file}」（${code}）`,
    };
  }
  const parsed = priorFromJson(text, file);
  return parsed.ok ? { ok: true, figures: parsed.prior.figures } : parsed;
}

async function fromWorkbook(file: string): Promise<PriorResult> {
  const opened = await openWorkbookFile(file);
  if (!opened.ok) return { ok: false, message: `上年数据：${opened.message}` };
  const parsed = priorFromGrid(opened.grid, file);
  return parsed.ok ? { ok: true, figures: parsed.prior.figures } : parsed;
}

/** Last year's figures for the carry-over checks, from last year's workbook or an export .json. */
export function loadPrior(file: string): Promise<PriorResult> {
  return /\.json$/i.test(file) ? fromJson(file) : fromWorkbook(file);
}
