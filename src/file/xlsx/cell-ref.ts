import { type Merge } from "../../core/grid";

/** The size of Excel's grid: a reference beyond it is damage, not a cell. */
export const MAX_ROWS = 1_048_576;
export const MAX_COLS = 16_384;

/** The row and column (from 0) of the reference refAt read last: read in place, without an array per cell. */
export const lastRef = { row: 0, col: 0 };

/** Reads the reference "B12" in text[start, end) into lastRef ({row: 11, col: 1}); false when it is not a cell inside Excel's grid. */
export function refAt(text: string, start: number, end: number): boolean {
  let col = 0;
  let i = start;
  for (; i < end; i++) {
    const c = text.charCodeAt(i) | 0x20;
    if (c < 97 || c > 122) break;
    col = col * 26 + (c - 96);
  }
  if (i === start || i > start + 3 || i === end) return false;
  let row = 0;
  for (; i < end; i++) {
    const d = text.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return false;
    row = row * 10 + d;
  }
  if (row < 1 || row > MAX_ROWS || col > MAX_COLS) return false;
  lastRef.row = row - 1;
  lastRef.col = col - 1;
  return true;
}

/**
 * The area "A1:D2" (or the one cell "A1") as rows and columns from 0; null when it is not one inside Excel's grid.
 * Read in place: a form has dozens of merged areas, and splitting each reference cost half of reading a sheet's
 * merges and other elements outside its cells (measured).
 */
export function rangeAt(ref: string): Merge | null {
  const colon = ref.indexOf(":");
  if (!refAt(ref, 0, colon < 0 ? ref.length : colon)) return null;
  const top = lastRef.row;
  const left = lastRef.col;
  if (colon >= 0 && !refAt(ref, colon + 1, ref.length)) return null;
  return { top, left, bottom: lastRef.row, right: lastRef.col };
}

/** "B12" → [11, 1]; null when it is not a cell reference inside Excel's grid. */
export function parseRef(ref: string): [number, number] | null {
  return refAt(ref, 0, ref.length) ? [lastRef.row, lastRef.col] : null;
}
