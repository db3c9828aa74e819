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

/** "B12" → [11, 1]; null when it is not a cell reference inside Excel's grid. */
export function parseRef(ref: string): [number, number] | null {
  return refAt(ref, 0, ref.length) ? [lastRef.row, lastRef.col] : null;
}
