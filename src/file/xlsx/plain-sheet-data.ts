import { type CellValue } from "../../core/grid";
import { lastRef, MAX_COLS, MAX_ROWS, refAt } from "./cell-ref";
import { numberCell, type SheetReadContext } from "./cell-number";
import { isSpace } from "./xml-text";

/**
 * The sheetData of a worksheet as Excel, WPS, LibreOffice and exceljs write a filled-in form: rows of cells that
 * hold a shared string, a number or nothing, in unprefixed tags. Read here in one loop, without the general
 * tokenizer and its handler calls, which cost as much again as the tokenizing itself on such a sheet (measured:
 * bench/run.js). Anything else (a formula, an inline or formula string, a boolean, an error, an entity, a comment,
 * whitespace inside a cell, a damaged reference, a tag it does not know) makes it give up, having changed nothing,
 * and the general reader (sheet.ts) reads the sheetData again: it alone decides what is damage and what it means.
 * Every tag it reads it checks as strictly as the tokenizer does.
 */
export interface PlainSheetData {
  rows: CellValue[][];
  /** The index after </sheetData>. */
  end: number;
}

const LT = 60;
const GT = 62;
const SLASH = 47;

/** Offsets of the r, s and t attributes of the tag read last (-1: absent), and where the tag ended. */
const tag = { r: -1, rEnd: -1, s: -1, sEnd: -1, t: -1, tEnd: -1, end: 0, selfClosing: false };

/**
 * Reads the attributes of a start tag from `i` (just after its name) up to its '>' and notes r, s and t; false
 * when the tag is not one this reader takes (not well-formed, a value with an entity or a line break, a repeated
 * r, s or t).
 */
function readTag(xml: string, i: number, n: number): boolean {
  tag.r = tag.s = tag.t = -1;
  for (;;) {
    const before = i;
    while (i < n && isSpace(xml.charCodeAt(i))) i++;
    if (i >= n) return false;
    const c = xml.charCodeAt(i);
    if (c === GT || c === SLASH) {
      tag.selfClosing = c === SLASH;
      if (tag.selfClosing && xml.charCodeAt(++i) !== GT) return false;
      tag.end = i + 1;
      return true;
    }
    if (i === before) return false;
    const nameStart = i;
    for (; i < n; i++) {
      const d = xml.charCodeAt(i);
      if (d === 61 || d === GT || d === SLASH || d === LT || isSpace(d)) break;
    }
    const nameEnd = i;
    if (nameEnd === nameStart || xml.charCodeAt(i) !== 61) return false;
    const quote = xml.charCodeAt(++i);
    if (quote !== 34 && quote !== 39) return false;
    const valueStart = ++i;
    for (; i < n; i++) {
      const d = xml.charCodeAt(i);
      if (d === quote) break;
      if (d === LT || d === 38 || d === 9 || d === 10 || d === 13) return false;
    }
    if (i >= n) return false;
    if (nameEnd === nameStart + 1) {
      const which = xml.charCodeAt(nameStart);
      if (which === 114) {
        if (tag.r >= 0) return false;
        tag.r = valueStart;
        tag.rEnd = i;
      } else if (which === 115) {
        if (tag.s >= 0) return false;
        tag.s = valueStart;
        tag.sEnd = i;
      } else if (which === 116) {
        if (tag.t >= 0) return false;
        tag.t = valueStart;
        tag.tEnd = i;
      }
    }
    i++;
  }
}

/** Digits in xml[start, end) as a whole number; -1 when there are none or anything else. */
function digits(xml: string, start: number, end: number): number {
  if (end <= start || end - start > 9) return -1;
  let n = 0;
  for (let k = start; k < end; k++) {
    const d = xml.charCodeAt(k) - 48;
    if (d < 0 || d > 9) return -1;
    n = n * 10 + d;
  }
  return n;
}

/** Whether the tag at `at` is `<name` followed by whitespace, '>' or '/'. */
function startsTag(xml: string, at: number, name: string): boolean {
  if (!xml.startsWith(name, at)) return false;
  const c = xml.charCodeAt(at + name.length);
  return c === GT || c === SLASH || isSpace(c);
}

/** Reads the content of <sheetData> from `from` (after its start tag); null when it is not plain (see above). */
export function readPlainSheetData(xml: string, from: number, ctx: SheetReadContext): PlainSheetData | null {
  const close = xml.indexOf("</sheetData>", from);
  if (close < 0) return null;
  const rows: CellValue[][] = [];
  let inRow = false;
  let row = -1;
  let col = -1;
  let i = from;
  while (i < close) {
    const c = xml.charCodeAt(i);
    if (c !== LT) {
      if (!isSpace(c)) return null;
      i++;
      continue;
    }
    if (startsTag(xml, i, "<row")) {
      if (inRow || !readTag(xml, i + 4, close)) return null;
      if (tag.r >= 0) {
        const r = digits(xml, tag.r, tag.rEnd);
        if (r < 1 || r > MAX_ROWS) return null;
        row = r - 1;
      } else row++;
      col = -1;
      inRow = !tag.selfClosing;
      i = tag.end;
    } else if (xml.startsWith("</row>", i)) {
      if (!inRow) return null;
      inRow = false;
      i += 6;
    } else if (startsTag(xml, i, "<c")) {
      if (!inRow || !readTag(xml, i + 2, close)) return null;
      if (tag.r >= 0) {
        if (!refAt(xml, tag.r, tag.rEnd) || lastRef.row !== row) return null;
        col = lastRef.col;
      } else if (++col >= MAX_COLS) return null;
      i = tag.end;
      if (tag.selfClosing) continue;
      if (xml.startsWith("</c>", i)) {
        i += 4;
        continue;
      }
      if (!xml.startsWith("<v>", i)) return null;
      const start = i + 3;
      let end = start;
      while (end < close && xml.charCodeAt(end) !== LT) end++;
      if (end === start || !xml.startsWith("</v></c>", end)) return null;
      const value = cellValue(xml, start, end, ctx);
      if (value === null) return null;
      put(rows, row, col, value);
      i = end + 8;
    } else return null;
  }
  if (inRow) return null;
  return { rows, end: close + "</sheetData>".length };
}

/**
 * Puts a value where it belongs, filling the gaps before it with empty rows and null cells as the general reader
 * does at its end (a row gets its array with its first value: empty rows at the end add none). Filled as it goes,
 * the arrays stay packed, which makes them quicker to fill and to read.
 */
function put(rows: CellValue[][], row: number, col: number, value: CellValue): void {
  while (rows.length < row) rows.push([]);
  const cells = row < rows.length ? rows[row] : (rows[row] = []);
  while (cells.length < col) cells.push(null);
  cells[col] = value;
}

/** The value of a shared-string or number cell whose <v> is xml[start, end); null for any other kind of cell. */
function cellValue(xml: string, start: number, end: number, ctx: SheetReadContext): CellValue {
  const style = tag.s < 0 ? 0 : digits(xml, tag.s, tag.sEnd);
  if (style < 0) return null;
  const type = tag.t < 0 ? 110 : tag.tEnd === tag.t + 1 ? xml.charCodeAt(tag.t) : 0;
  if (type === 115 /* s */) {
    const s = ctx.strings[digits(xml, start, end)];
    return s === undefined ? null : s;
  }
  if (type !== 110 /* n */) return null;
  for (let k = start; k < end; k++) if (xml.charCodeAt(k) === 38) return null;
  const n = parseFloat(xml.slice(start, end));
  return Number.isNaN(n) ? null : numberCell(n, style, ctx);
}
