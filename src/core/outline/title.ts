import { type WorkbookGrid } from "../grid";

export interface TitleInfo {
  unit: string | null;
  year: number | null;
}

const TITLE = /^(.*?)\s*((?:19|20)\d{2})\s*年度?\s*(?:政府信息公开|政务公开)/;
/** Words that head a title without naming the reporting body. */
const NOT_A_UNIT = /^(附件\d*|附表\d*|表[一二三四])?[：:、\s]*$/;

/** Reporting body and year from the first title-like text of the workbook, e.g. 「XX局2025年政府信息公开工作年度报告」. */
export function titleInfo(grid: WorkbookGrid): TitleInfo {
  for (const sheet of grid.sheets) {
    for (const row of sheet.rows.slice(0, 6)) {
      for (const cell of row ?? []) {
        if (typeof cell !== "string") continue;
        const m = TITLE.exec(cell.replace(/\s+/g, " ").trim());
        if (!m) continue;
        const unit = m[1].trim();
        return { unit: unit && !NOT_A_UNIT.test(unit) ? unit : null, year: Number(m[2]) };
      }
    }
  }
  return { unit: null, year: null };
}
