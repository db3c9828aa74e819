import { priorFromGrid, type PriorResult } from "../core/report/prior";
import { priorFromJson } from "../core/report/prior-json";
import { openWorkbookBytes } from "./read-workbook";

/**
 * Last year's figures from a file the clerk chose: the `.json` that `nianbao export` wrote, or last year's workbook.
 * Never throws: a file that cannot serve gives a Chinese message naming it.
 */
export async function readPriorBytes(bytes: Uint8Array, name: string): Promise<PriorResult> {
  if (/\.json$/i.test(name)) {
    let text: string;
    try {
      text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    } catch {
      return {
        ok: false,
        message: `上年数据文件「${name}」不是 UTF-8 编码的文本，不是 nianbao export 导出的文件`,
      };
    }
    return priorFromJson(text, name);
  }
  const opened = await openWorkbookBytes(bytes, name);
  if (!opened.ok) return { ok: false, message: `上年数据：${opened.message}` };
  return priorFromGrid(opened.grid, name);
}
