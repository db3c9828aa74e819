import { type CellValue, type Merge } from "../../src/core/grid";

/** The state of a workbook behind the fake Excel API: what a clerk would see on screen. */
export interface FakeCell {
  value: string | number | boolean;
  error?: boolean;
  /** null = No Fill */
  fill: string | null;
  locked: boolean;
  bold: boolean;
  borders: Set<string>;
  numberFormat?: string;
  /** Data validation (ExcelApi 1.8), as office.js describes it. */
  validation?: FakeValidation;
}

export interface FakeValidation {
  rule: Record<string, unknown>;
  ignoreBlanks: boolean;
  prompt: { showPrompt: boolean; title: string; message: string };
  errorAlert: { showAlert: boolean; style: string; title: string; message: string };
}

export interface FakeCf {
  id: string;
  rect: Rect;
  formula: string;
  color: string;
}

export interface Rect {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export class ExcelApiError extends Error {
  constructor(
    public code: string,
    message: string,
  ) {
    super(message);
  }
}

const MAX_ROW = 1048575;
const MAX_COL = 16383;

function col(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** "B3", "B3:D5", "A:A" or "3:3" → rectangle; throws like Excel on anything else. */
export function parseRect(address: string): Rect {
  const parts = address.replace(/\$/g, "").split(":");
  const one = (p: string, end: boolean): { r: number; c: number } => {
    let m = /^([A-Za-z]{1,3})(\d+)$/.exec(p);
    if (m) return { r: Number(m[2]) - 1, c: col(m[1]) };
    m = /^([A-Za-z]{1,3})$/.exec(p);
    if (m) return { r: end ? MAX_ROW : 0, c: col(m[1]) };
    m = /^(\d+)$/.exec(p);
    if (m) return { r: Number(m[1]) - 1, c: end ? MAX_COL : 0 };
    throw new ExcelApiError("InvalidArgument", `bad address ${address}`);
  };
  if (parts.length > 2) throw new ExcelApiError("InvalidArgument", `bad address ${address}`);
  const a = one(parts[0], false);
  const b = one(parts[1] ?? parts[0], true);
  return { top: a.r, left: a.c, bottom: b.r, right: b.c };
}

export const WHOLE_SHEET: Rect = { top: 0, left: 0, bottom: MAX_ROW, right: MAX_COL };

export function inRect(r: Rect, row: number, c: number): boolean {
  return row >= r.top && row <= r.bottom && c >= r.left && c <= r.right;
}

export function overlaps(a: Rect, b: Rect): boolean {
  return a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
}

export class FakeSheet {
  cells = new Map<string, FakeCell>();
  merges: Merge[] = [];
  cfs: FakeCf[] = [];
  protected = false;
  hidden = false;
  allowFormatCells = false;
  columnWidths = new Map<number, number>();

  constructor(public name: string) {}

  cell(row: number, c: number): FakeCell {
    const key = `${row},${c}`;
    let cell = this.cells.get(key);
    if (!cell) {
      cell = { value: "", fill: null, locked: true, bold: false, borders: new Set() };
      this.cells.set(key, cell);
    }
    return cell;
  }

  peek(row: number, c: number): FakeCell | undefined {
    return this.cells.get(`${row},${c}`);
  }

  /** The bounding box of cells with a value (or a fill, unless `valuesOnly`); A1 on an empty sheet, as in Excel. */
  usedRect(valuesOnly = false): Rect {
    let r: Rect | null = null;
    for (const [key, cell] of this.cells) {
      if (cell.value === "" && (valuesOnly || cell.fill === null)) continue;
      const [row, c] = key.split(",").map(Number);
      r = r
        ? {
            top: Math.min(r.top, row),
            left: Math.min(r.left, c),
            bottom: Math.max(r.bottom, row),
            right: Math.max(r.right, c),
          }
        : { top: row, left: c, bottom: row, right: c };
    }
    return r ?? { top: 0, left: 0, bottom: 0, right: 0 };
  }

  setValues(rows: CellValue[][], at = { row: 0, col: 0 }): void {
    rows.forEach((line, r) =>
      line.forEach((v, c) => {
        if (v === null || v === undefined) return;
        const cell = this.cell(at.row + r, at.col + c);
        if (typeof v === "object") {
          cell.value = v.error;
          cell.error = true;
        } else cell.value = v;
      }),
    );
  }
}

export class FakeWorkbook {
  sheets: FakeSheet[] = [];
  active = 0;
  selection: { sheet: string; address: string } | null = null;
  /** Workbooks opened with Excel.createWorkbook, as base64. */
  created: string[] = [];
  /** The clerk is typing in a cell: Excel refuses every API batch. */
  editing = false;
  private cfCounter = 0;

  addSheet(name: string): FakeSheet {
    const s = new FakeSheet(name);
    this.sheets.push(s);
    return s;
  }

  sheet(name: string): FakeSheet | undefined {
    return this.sheets.find((s) => s.name === name);
  }

  nextCfId(): string {
    this.cfCounter++;
    return `{CF-${this.cfCounter}}`;
  }

  /** Excel gives conditional formats new ids when a file is opened again. */
  renumberCfs(): void {
    for (const s of this.sheets) for (const cf of s.cfs) cf.id = this.nextCfId();
  }

  /** The colour a clerk sees: our conditional format over the cell's own fill. */
  shownFill(sheet: string, row: number, c: number): string | null {
    const s = this.sheet(sheet)!;
    const cf = s.cfs.find((f) => inRect(f.rect, row, c));
    return cf ? cf.color : (s.peek(row, c)?.fill ?? null);
  }
}
