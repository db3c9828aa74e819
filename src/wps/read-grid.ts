import { type CellValue, type Merge, type SheetGrid, type WorkbookGrid } from "../core/grid";
import { type EtRange, type EtWorkbook, type EtWorksheet, items } from "./et";

/** Excel's CVErr numbers (xlErrDiv0 = 2007 …) and what the cell shows. */
const CVERR: Record<number, string> = {
  2000: "#NULL!",
  2007: "#DIV/0!",
  2015: "#VALUE!",
  2023: "#REF!",
  2029: "#NAME?",
  2036: "#NUM!",
  2042: "#N/A",
  2043: "#GETTING_DATA",
  2045: "#SPILL!",
  2046: "#CONNECT!",
  2047: "#BLOCKED!",
  2048: "#UNKNOWN!",
  2049: "#FIELD!",
  2050: "#CALC!",
};

/** 0x800A0000 as a signed 32-bit number: COM hands CVErr(n) over as this plus n, e.g. -2146826281 for #DIV/0!. */
const COM_ERROR_BASE = -2146828288;

/**
 * One value of Value2 as the core sees it. A COM error number is an error at once; a bare CVErr number (2007 …) is
 * also a count a clerk may have typed, so it is an error only when the cell shows that error's text.
 */
export function cellValue(v: unknown, shown: () => unknown): CellValue {
  if (v === undefined || v === null || v === "") return null;
  if (typeof v === "number") {
    const com = CVERR[v - COM_ERROR_BASE];
    if (com) return { error: com };
    const bare = CVERR[v];
    return bare && shown() === bare ? { error: bare } : v;
  }
  if (typeof v === "string" || typeof v === "boolean") return v;
  return String(v);
}

/** Value2 of a range `rows` high as rows: a scalar for one cell, a flat array for one row or one column. */
export function valueRows(value: unknown, rows: number): unknown[][] {
  if (!Array.isArray(value)) return [[value]];
  if (value.length > 0 && Array.isArray(value[0])) return value as unknown[][];
  if (rows === 1) return [value];
  return value.map((v) => [v]);
}

/** Merged areas whose top-left cell holds text: the labels the locator reads. One call when nothing is merged. */
function readMerges(used: EtRange, values: unknown[][]): Merge[] {
  if (used.MergeCells === false) return [];
  const merges: Merge[] = [];
  values.forEach((line, r) =>
    line.forEach((v, c) => {
      if (typeof v !== "string" || v === "") return;
      const area = used.Item(r + 1, c + 1).MergeArea;
      if (area.Count < 2) return;
      const top = area.Row - 1;
      const left = area.Column - 1;
      merges.push({ top, left, bottom: top + area.Rows.Count - 1, right: left + area.Columns.Count - 1 });
    }),
  );
  return merges;
}

export function readSheet(sheet: EtWorksheet): SheetGrid {
  const used = sheet.UsedRange;
  const top = used.Row - 1;
  const left = used.Column - 1;
  const values = valueRows(used.Value2, used.Rows.Count);
  const rows: CellValue[][] = [];
  for (let r = 0; r < top; r++) rows.push([]);
  values.forEach((line, r) => {
    const row = new Array<CellValue>(left).fill(null);
    line.forEach((v, c) => row.push(cellValue(v, () => used.Item(r + 1, c + 1).Text)));
    rows.push(row);
  });
  return { name: sheet.Name, rows, merges: readMerges(used, values) };
}

/** Every sheet of the workbook, hidden ones too (the 说明 sheet is hidden). */
export function readWorkbook(workbook: EtWorkbook): WorkbookGrid {
  return { sheets: items(workbook.Worksheets).map(readSheet) };
}
