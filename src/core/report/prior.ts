import { checkWorkbook } from "../check";
import { type CellValue, type WorkbookGrid } from "../grid";
import { type Figures } from "../rules/context";
import { reportYear, unitName } from "./unit-name";

/** Last year's figures for the carry-over checks, with what the clerk needs to recognise them. */
export interface Prior {
  figures: Figures;
  /** 报告年度 of last year's report, when the file says it. */
  year: number | null;
  /** 填报单位 of last year's report. */
  unit: string;
  /** Name of the file the figures came from. */
  source: string;
}

export type PriorResult = { ok: true; prior: Prior } | { ok: false; message: string };

export function baseName(name: string): string {
  return name.replace(/^.*[\\/]/, "");
}

/** The unit of last year's report: its title row first, since files of last year are often named 上年.xlsx. */
export function priorUnit(name: string, grid?: WorkbookGrid): string {
  const fromTitle = grid ? unitName("", grid) : "";
  if (fromTitle) return fromTitle;
  const fromName = unitName(baseName(name));
  return /^(上年|去年|上一年)(数据)?$/.test(fromName) ? "" : fromName;
}

export function priorFromGrid(grid: WorkbookGrid, name: string): PriorResult {
  const result = checkWorkbook(grid);
  if (!result.template) return { ok: false, message: `上年数据：「${name}」中没有找到标准统计表` };
  return {
    ok: true,
    prior: {
      figures: result.figures,
      unit: priorUnit(name, grid),
      year: reportYear(baseName(name), grid),
      source: baseName(name),
    },
  };
}

/**
 * The sheet where the add-in keeps the chosen prior inside the workbook (hidden where Excel can), so that it is saved,
 * reopened and carried by any program that keeps sheets. Its own sheet, not the 说明 sheet: each is replaced whole.
 */
export const PRIOR_SHEET = "年报助手上年数据";

const TITLE = "年报助手上年数据";
const NOTE =
  "由年报助手写入：上年的统计数字，供上年结转、现行有效件数等衔接检查使用。请勿手工修改；更换或移除请在年报助手窗格的「上年数据」中操作。";
// No label here may contain 年度/报告/统计表: the title-row search of unitName would take it for the report's title.
const META = { year: "年份", unit: "单位", source: "来源文件", saved: "记录时间" } as const;
const HEADER = ["表", "单元格", "数值"] as const;

/** The rows of the prior sheet, as hosts write them (all text, so nothing is turned into a date). */
export function priorRows(prior: Prior, savedAt: string): string[][] {
  const rows: string[][] = [
    [TITLE, NOTE],
    [META.year, prior.year === null ? "" : String(prior.year)],
    [META.unit, prior.unit],
    [META.source, prior.source],
    [META.saved, savedAt],
    [],
    [...HEADER],
  ];
  for (const [table, cells] of Object.entries(prior.figures))
    for (const [key, value] of Object.entries(cells))
      rows.push([table, key, value === null ? "" : String(value)]);
  return rows;
}

function text(v: CellValue | undefined): string {
  if (v === null || v === undefined || typeof v === "object") return "";
  return String(v).trim();
}

/** The prior the workbook carries in its 「年报助手上年数据」 sheet, or null when it has none (or an empty one). */
export function storedPrior(grid: WorkbookGrid): Prior | null {
  const sheet = grid.sheets.find((s) => s.name === PRIOR_SHEET);
  if (!sheet) return null;
  const rows = sheet.rows.map((r) => (r ?? []).map(text));
  const meta = (label: string): string => rows.find((r) => r[0] === label)?.[1] ?? "";
  const headerAt = rows.findIndex((r) => r[0] === HEADER[0] && r[1] === HEADER[1]);
  if (headerAt < 0) return null;
  const figures: Figures = {};
  for (const [table, key, value] of rows.slice(headerAt + 1)) {
    if (!table || !key) continue;
    const n = value === "" || value === undefined ? null : Number(value);
    if (n !== null && !Number.isFinite(n)) continue;
    (figures[table] ??= {})[key] = n;
  }
  if (Object.keys(figures).length === 0) return null;
  const year = /^\d{4}$/.test(meta(META.year)) ? Number(meta(META.year)) : null;
  return { figures, year, unit: meta(META.unit), source: meta(META.source) };
}
