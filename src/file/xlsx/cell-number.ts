import { type CellValue } from "../../core/grid";

export interface SheetReadContext {
  strings: readonly string[];
  dateStyles: readonly boolean[];
  date1904: boolean;
}

function excelDate(serial: number, date1904: boolean): string | null {
  const ms = Math.round((serial - 25569 + (date1904 ? 1462 : 0)) * 86_400_000);
  const date = new Date(ms);
  return Number.isNaN(date.getTime()) ? null : date.toISOString().slice(0, 10);
}

/** A number cell as the grid holds it: the number, or YYYY-MM-DD when its style shows a date. */
export function numberCell(n: number, style: number, ctx: SheetReadContext): CellValue {
  return (ctx.dateStyles[style] && excelDate(n, ctx.date1904)) || n;
}
