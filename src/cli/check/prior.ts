import { promises as fs } from "fs";
import { z } from "zod";
import { checkWorkbook } from "../../core/check";
import { type Figures } from "../../core/rules/context";
import { openWorkbookFile } from "../../file/open-file";

export type PriorResult = { ok: true; figures: Figures } | { ok: false; message: string };

/** What `nianbao export` writes; only `figures` is needed here. */
const PriorDocument = z.object({
  figures: z.record(z.string(), z.record(z.string(), z.number().nullable())),
});

function where(path: readonly PropertyKey[]): string {
  return path.map((p) => (typeof p === "number" ? `[${p}]` : String(p))).join(" › ");
}

function describe(issues: readonly z.core.$ZodIssue[]): string {
  const issue = issues[0];
  if (issue.path.length === 0) return "顶层应为一个对象";
  if (issue.path.length === 1 && issue.path[0] === "figures")
    return "缺少 figures 对象（按表格编号、再按 rowId.colId 存放数字）";
  if (issue.path.length === 2) return `figures › ${String(issue.path[1])} 应为一个对象（rowId.colId → 数字）`;
  return `${where(issue.path)} 应为数字或 null`;
}

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
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch {
    return { ok: false, message: `上年数据文件「${file}」不是有效的 JSON` };
  }
  const parsed = PriorDocument.safeParse(data);
  if (!parsed.success)
    return {
      ok: false,
      message: `上年数据文件「${file}」不是 nianbao export 导出的格式：${describe(parsed.error.issues)}`,
    };
  return { ok: true, figures: parsed.data.figures };
}

async function fromWorkbook(file: string): Promise<PriorResult> {
  const opened = await openWorkbookFile(file);
  if (!opened.ok) return { ok: false, message: `上年数据：${opened.message}` };
  const result = checkWorkbook(opened.grid);
  if (!result.template) return { ok: false, message: `上年数据：「${file}」中没有找到标准统计表` };
  return { ok: true, figures: result.figures };
}

/** Last year's figures for the carry-over checks, from last year's workbook or an export .json. */
export function loadPrior(file: string): Promise<PriorResult> {
  return /\.json$/i.test(file) ? fromJson(file) : fromWorkbook(file);
}
