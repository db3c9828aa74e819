import { columnName } from "../../src/core/grid";

/**
 * The simulated workbook: what Excel holds and the add-in can see through office.js. Loaded from a real .xlsx
 * (load-xlsx.ts), changed only by the Rich API interpreter and by events the test pushes, saved back (save-xlsx.ts).
 */

export const MAX_ROWS = 1048576;
export const MAX_COLS = 16384;

export interface Rect {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export type Scalar = number | string | boolean;

export interface SimCell {
  /** The value Excel shows: a formula's cached result, a date as its serial number. */
  value: Scalar | null;
  /** "#DIV/0!" and the like; `value` then holds the same text. */
  error?: string;
  formula?: string;
  numberFormat: string;
  /** Direct fill, "#RRGGBB"; null = no fill. */
  fill: string | null;
  bold: boolean;
  wrap: boolean;
  verticalAlignment?: string;
  /** Border edges drawn on this cell ("EdgeTop" …), as the pane sets them. */
  borders: string[];
  locked: boolean;
  /** Data validation (ExcelApi 1.8) as the add-in set it; saved and loaded with the file (validation-xlsx.ts). */
  validation?: SimValidation;
}

/** A cell's data validation: each part as office.js sent it. */
export interface SimValidation {
  rule?: Record<string, unknown>;
  prompt?: unknown;
  errorAlert?: unknown;
  ignoreBlanks?: unknown;
}

/** A conditional format; its id is its priority on the sheet (see SIMULATOR.md). */
export interface SimConditionalFormat {
  /** Stable identity inside the simulator only; Excel hands out priorities, not this. */
  key: number;
  ranges: Rect[];
  type: "Custom" | "Other";
  formula: string | null;
  fill: string | null;
}

export type Visibility = "Visible" | "Hidden" | "VeryHidden";

export interface SimSheet {
  id: string;
  name: string;
  visibility: Visibility;
  protected: boolean;
  /** Protected with formatting allowed (the pane's blank sheet is, so marks still go on). */
  allowFormatCells: boolean;
  cells: Map<string, SimCell>;
  merges: Rect[];
  /** In priority order: index 0 is applied first. */
  cfs: SimConditionalFormat[];
  columnWidths: Map<number, number>;
}

export interface SimBinding {
  id: string;
  sheetId: string;
  rect: Rect;
}

export interface SimWorkbook {
  sheets: SimSheet[];
  activeSheetId: string;
  selection: { sheetId: string; rect: Rect } | null;
  /** Document settings of the add-in (Common API Office.context.document.settings and Rich API workbook.settings). */
  settings: Map<string, unknown>;
  bindings: Map<string, SimBinding>;
  /** Workbooks the add-in asked Excel to create and open (Excel.createWorkbook), base64 .xlsx. */
  created: string[];
  nextSheet: number;
  nextCfKey: number;
  /** The clerk is typing in a cell: Excel refuses the add-in's batches until the edit ends. */
  cellEditMode?: boolean;
}

export function cellKey(row: number, col: number): string {
  return `${row},${col}`;
}

export function blankCell(): SimCell {
  return {
    value: null,
    numberFormat: "General",
    fill: null,
    bold: false,
    wrap: false,
    borders: [],
    locked: true,
  };
}

export function sheetId(n: number): string {
  return `{00000000-0001-0000-${String(n).padStart(4, "0")}-000000000000}`;
}

export function emptyWorkbook(): SimWorkbook {
  return {
    sheets: [],
    activeSheetId: "",
    selection: null,
    settings: new Map(),
    bindings: new Map(),
    created: [],
    nextSheet: 1,
    nextCfKey: 1,
  };
}

export function addSheet(book: SimWorkbook, name: string): SimSheet {
  const sheet: SimSheet = {
    id: sheetId(book.nextSheet++),
    name,
    visibility: "Visible",
    protected: false,
    allowFormatCells: false,
    cells: new Map(),
    merges: [],
    cfs: [],
    columnWidths: new Map(),
  };
  book.sheets.push(sheet);
  if (!book.activeSheetId) book.activeSheetId = sheet.id;
  return sheet;
}

export function cellAt(sheet: SimSheet, row: number, col: number): SimCell | undefined {
  return sheet.cells.get(cellKey(row, col));
}

/** The cell, created blank when missing, for a write. */
export function cellFor(sheet: SimSheet, row: number, col: number): SimCell {
  const key = cellKey(row, col);
  let cell = sheet.cells.get(key);
  if (!cell) {
    cell = blankCell();
    sheet.cells.set(key, cell);
  }
  return cell;
}

export function* cellsIn(rect: Rect): Generator<[number, number]> {
  for (let r = rect.top; r <= rect.bottom; r++) for (let c = rect.left; c <= rect.right; c++) yield [r, c];
}

export function intersects(a: Rect, b: Rect): boolean {
  return a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
}

export function contains(rect: Rect, row: number, col: number): boolean {
  return row >= rect.top && row <= rect.bottom && col >= rect.left && col <= rect.right;
}

function colIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;
const COLS = /^\$?([A-Za-z]{1,3})$/;
const ROWS = /^\$?(\d{1,7})$/;

/**
 * "B7", "A1:C3", "A:A", "3:5" (no sheet part) to a rectangle; null when it is not an address Excel would take.
 */
export function parseRect(address: string): Rect | null {
  const [a, b = a, extra] = address.trim().split(":");
  if (extra !== undefined) return null;
  const ca = CELL.exec(a);
  const cb = CELL.exec(b);
  if (ca && cb) {
    const r1 = Number(ca[2]) - 1;
    const r2 = Number(cb[2]) - 1;
    const c1 = colIndex(ca[1]);
    const c2 = colIndex(cb[1]);
    const rect = {
      top: Math.min(r1, r2),
      bottom: Math.max(r1, r2),
      left: Math.min(c1, c2),
      right: Math.max(c1, c2),
    };
    return inBounds(rect) ? rect : null;
  }
  const ka = COLS.exec(a);
  const kb = COLS.exec(b);
  if (ka && kb && address.includes(":")) {
    const c1 = colIndex(ka[1]);
    const c2 = colIndex(kb[1]);
    const rect = { top: 0, bottom: MAX_ROWS - 1, left: Math.min(c1, c2), right: Math.max(c1, c2) };
    return inBounds(rect) ? rect : null;
  }
  const ra = ROWS.exec(a);
  const rb = ROWS.exec(b);
  if (ra && rb && address.includes(":")) {
    const r1 = Number(ra[1]) - 1;
    const r2 = Number(rb[1]) - 1;
    const rect = { top: Math.min(r1, r2), bottom: Math.max(r1, r2), left: 0, right: MAX_COLS - 1 };
    return inBounds(rect) ? rect : null;
  }
  return null;
}

function inBounds(r: Rect): boolean {
  return r.top >= 0 && r.left >= 0 && r.bottom < MAX_ROWS && r.right < MAX_COLS;
}

export const WHOLE_SHEET: Rect = { top: 0, left: 0, bottom: MAX_ROWS - 1, right: MAX_COLS - 1 };

/** A1 text of a rectangle as Excel writes it: whole columns "A:B", whole rows "1:3", the sheet "1:1048576". */
export function rectA1(r: Rect): string {
  const wholeCols = r.top === 0 && r.bottom === MAX_ROWS - 1;
  const wholeRows = r.left === 0 && r.right === MAX_COLS - 1;
  if (wholeCols && !wholeRows) return `${columnName(r.left)}:${columnName(r.right)}`;
  if (wholeRows) return `${r.top + 1}:${r.bottom + 1}`;
  const a = `${columnName(r.left)}${r.top + 1}`;
  const b = `${columnName(r.right)}${r.bottom + 1}`;
  return a === b ? a : `${a}:${b}`;
}

/**
 * A sheet name as Excel writes it in front of "!": in single quotes (inner quotes doubled) unless it is made of
 * letters, digits, "_" and "." only, starts with a letter or "_", and cannot be read as a cell or R1C1 reference.
 */
export function quoteSheet(name: string): string {
  const plain = /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(name);
  const looksLikeRef =
    /^[A-Za-z]{1,3}\d+$/.test(name) || /^[Rr]\d*[Cc]\d*$/.test(name) || /^[RrCc]$/.test(name);
  return plain && !looksLikeRef ? name : `'${name.replace(/'/g, "''")}'`;
}

export function addressOf(sheet: SimSheet, rect: Rect): string {
  return `${quoteSheet(sheet.name)}!${rectA1(rect)}`;
}

/** "Sheet1!A1" or "'My sheet'!A1:B2" or "A1" to its sheet name (null when absent) and rectangle. */
export function splitAddress(address: string): { sheet: string | null; rect: Rect | null } {
  const bang = address.lastIndexOf("!");
  if (bang < 0) return { sheet: null, rect: parseRect(address) };
  let sheet = address.slice(0, bang);
  if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  return { sheet, rect: parseRect(address.slice(bang + 1)) };
}

export function sheetByName(book: SimWorkbook, name: string): SimSheet | undefined {
  const lower = name.toLowerCase();
  // Excel's sheet names are case-insensitive.
  return book.sheets.find((s) => s.name.toLowerCase() === lower);
}

export function sheetById(book: SimWorkbook, id: string): SimSheet | undefined {
  return book.sheets.find((s) => s.id === id);
}

/** The cells that count as used: with a value (valuesOnly) or also with any format set. */
export function usedRect(sheet: SimSheet, valuesOnly: boolean): Rect | null {
  let rect: Rect | null = null;
  for (const [key, cell] of sheet.cells) {
    const hasValue = cell.value !== null && cell.value !== "";
    if (!hasValue && (valuesOnly || !formatted(cell))) continue;
    const [r, c] = key.split(",").map(Number);
    rect = rect
      ? {
          top: Math.min(rect.top, r),
          left: Math.min(rect.left, c),
          bottom: Math.max(rect.bottom, r),
          right: Math.max(rect.right, c),
        }
      : { top: r, left: c, bottom: r, right: c };
  }
  return rect;
}

function formatted(cell: SimCell): boolean {
  return (
    cell.fill !== null ||
    cell.numberFormat !== "General" ||
    cell.bold ||
    cell.wrap ||
    cell.borders.length > 0 ||
    !cell.locked
  );
}

/** The fill a person sees on the cell: the first conditional format covering it with a fill, else its own fill. */
export function displayedFill(sheet: SimSheet, row: number, col: number): string | null {
  for (const cf of sheet.cfs) {
    if (cf.fill && cf.ranges.some((r) => contains(r, row, col)) && cfApplies(cf))
      return cf.fill.toUpperCase();
  }
  const own = cellAt(sheet, row, col)?.fill;
  return own ? own.toUpperCase() : null;
}

/**
 * Whether a rule is true. Only constant formulas are evaluated (the pane's `=N("年报助手")=0` is always true);
 * any other formula counts as applying, which is what a test of marks wants to see.
 */
function cfApplies(cf: SimConditionalFormat): boolean {
  if (cf.type !== "Custom" || !cf.formula) return true;
  const f = cf.formula.replace(/\s/g, "").toUpperCase();
  if (/^=N\("[^"]*"\)=0$/.test(f)) return true;
  if (f === "=FALSE" || f === "=0") return false;
  return true;
}
