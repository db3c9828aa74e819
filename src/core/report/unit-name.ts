import { type WorkbookGrid } from "../grid";

const REPORT_WORDS =
  /(政府)?信息公开(工作)?(年度)?(报告|年报)?|工作年度报告|年度报告|统计表|年报|报表|汇总|附表|终稿|定稿|修改稿|最终版|（[^）]*）|\([^)]*\)|[_\-—\s]+v?\d*$/g;
const YEAR = /(19|20)\d{2}\s*年?度?/g;

function clean(text: string): string {
  return text
    .replace(REPORT_WORDS, "")
    .replace(YEAR, "")
    .replace(/^[_\-—\s·.]+|[_\-—\s·.]+$/g, "")
    .trim();
}

function titleText(grid: WorkbookGrid): string {
  for (const sheet of grid.sheets) {
    for (const row of sheet.rows.slice(0, 3)) {
      const first = (row ?? []).find((v) => typeof v === "string" && v.trim() !== "");
      if (typeof first === "string" && /年度|报告|统计表/.test(first)) return first;
    }
  }
  return "";
}

/** The reporting body: from the file name (甲局2025年报.xlsx → 甲局), else from the title row, else the file name. */
export function unitName(fileName: string, grid?: WorkbookGrid): string {
  const stem = fileName.replace(/^.*[\\/]/, "").replace(/\.[^.]+$/, "");
  const fromName = clean(stem);
  if (fromName) return fromName;
  const fromTitle = grid ? clean(titleText(grid).split(/[（(]/)[0]) : "";
  return fromTitle || stem;
}

/** The report year named in the file name or title row, if any. */
export function reportYear(fileName: string, grid?: WorkbookGrid): number | null {
  const m = /(20\d{2})\s*年?/.exec(fileName) ?? (grid ? /(20\d{2})\s*年/.exec(titleText(grid)) : null);
  return m ? Number(m[1]) : null;
}

/** "2026-01-15 16:00（北京时间）": reports are filed in China whatever the machine's time zone. */
export function beijingTime(iso: string): string {
  const d = new Date(new Date(iso).getTime() + 8 * 3600 * 1000);
  return `${d.toISOString().slice(0, 16).replace("T", " ")}（北京时间）`;
}
