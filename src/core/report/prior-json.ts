import { z } from "../zod";
import { baseName, priorUnit, type PriorResult } from "./prior";
import { reportYear } from "./unit-name";

/*
 * Apart from prior.ts because it needs zod: the Excel host (and with it the ES5 legacy pane, where zod cannot run)
 * uses prior.ts for the stored sheet, never this parser.
 */

/** What `nianbao export` writes; only `figures` is required, unit and year are shown when present. */
const PriorDocument = z.object({
  figures: z.record(z.string(), z.record(z.string(), z.number().nullable())),
  unit: z.string().optional().catch(undefined),
  year: z.number().int().nullable().optional().catch(undefined),
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

/** Last year's figures from the text of the `.json` that `nianbao export` wrote; `name` is the file as the clerk knows it. */
export function priorFromJson(text: string, name: string): PriorResult {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch {
    return { ok: false, message: `上年数据文件「${name}」不是有效的 JSON` };
  }
  const parsed = PriorDocument.safeParse(data);
  if (!parsed.success)
    return {
      ok: false,
      message: `上年数据文件「${name}」不是 nianbao export 导出的格式：${describe(parsed.error.issues)}`,
    };
  const { figures, unit, year } = parsed.data;
  return {
    ok: true,
    prior: {
      figures,
      unit: unit?.trim() || priorUnit(name),
      year: year ?? reportYear(baseName(name)),
      source: baseName(name),
    },
  };
}

/** Last year's figures from last year's workbook, as read. */
