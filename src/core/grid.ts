/**
 * The plain picture of a workbook that every host hands to the core: cell values and merged ranges.
 * Row and column indexes are 0-based; addresses shown to people are A1 style.
 */
export interface CellError {
  error: string;
}

export type CellValue = number | string | boolean | null | CellError;

export interface Merge {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface SheetGrid {
  name: string;
  /** rows[r][c]; rows may be ragged, missing cells are blank. */
  rows: CellValue[][];
  merges: Merge[];
  /** Hidden in Excel (the sheet tab is not shown). */
  hidden?: boolean;
  /**
   * Formula cells saved without their result, by A1 address: the formula's text ("" when unknown). Their cell in
   * `rows` is blank; the check computes them where it safely can, or leaves what depends on them unchecked.
   */
  formulasWithoutResult?: Record<string, string>;
}

export interface WorkbookGrid {
  sheets: SheetGrid[];
}

export interface CellPos {
  row: number;
  col: number;
}

export function isCellError(v: CellValue): v is CellError {
  return typeof v === "object" && v !== null && "error" in v;
}

export function cellAt(sheet: SheetGrid, row: number, col: number): CellValue {
  const r = sheet.rows[row];
  if (!r) return null;
  const v = r[col];
  return v === undefined ? null : v;
}

export function columnName(col: number): string {
  let n = col + 1;
  let s = "";
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export function toA1(row: number, col: number): string {
  return `${columnName(col)}${row + 1}`;
}

export function rangeA1(top: number, left: number, bottom: number, right: number): string {
  const a = toA1(top, left);
  const b = toA1(bottom, right);
  return a === b ? a : `${a}:${b}`;
}

export function fromA1(address: string): CellPos {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(address.trim());
  if (!m) throw new Error(`not an A1 address: ${address}`);
  let col = 0;
  for (const ch of m[1].toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]) - 1, col: col - 1 };
}

export function sheetWidth(sheet: SheetGrid): number {
  let w = 0;
  for (const r of sheet.rows) if (r && r.length > w) w = r.length;
  return w;
}
