import { type CellValue, type Merge, toA1 } from "../../core/grid";
import { lastRef, MAX_COLS, MAX_ROWS, parseRef, rangeAt, refAt } from "./cell-ref";
import { numberCell, type SheetReadContext } from "./cell-number";
import { readPlainSheetData } from "./plain-sheet-data";
import { type Attributes, scan } from "./xml";
import { PackageError } from "./zip-parts";
import { shiftFormula } from "./shift-formula";

export type { SheetReadContext } from "./cell-number";

export interface SheetCells {
  rows: CellValue[][];
  merges: Merge[];
  /** Formula cells saved without a result, by A1 address: their text, or "" when it cannot be known. */
  formulasWithoutResult: Record<string, string>;
}

interface SharedMaster {
  formula: string;
  row: number;
  col: number;
}

/**
 * The cells of one worksheet part as the grid holds them: shared and inline strings as their text, numbers,
 * booleans, errors, dates (numbers in a date format) as YYYY-MM-DD, formulas by their saved result; merged
 * areas show their value once, top left, as Excel does.
 */
export function readSheetCells(xml: string, ctx: SheetReadContext): SheetCells {
  let rows: CellValue[][] = [];
  const merges: Merge[] = [];
  const formulasWithoutResult: Record<string, string> = {};
  const shared = new Map<string, SharedMaster>();

  let row = -1;
  let col = -1;
  let type = "";
  let style = 0;
  let v: string | null = null;
  let f: string | null = null;
  /** The formula element's t and si, when the cell has one. */
  let fType: string | undefined;
  let fShared: string | undefined;
  let hasF = false;
  let inline: string | null = null;
  let capture: "v" | "f" | "t" | null = null;
  let inInline = false;
  let inPhonetic = false;

  const put = (value: CellValue) => {
    const cells = rows[row] ?? (rows[row] = []);
    cells[col] = value;
  };

  const finishCell = () => {
    if (hasF) {
      const hasResult = type === "str" ? v !== null : v !== null && v !== "";
      if (hasResult || inline !== null) {
        put(valueOf());
        return;
      }
      put(null);
      formulasWithoutResult[toA1(row, col)] = formulaText();
      return;
    }
    if (inline !== null || (v !== null && (v !== "" || type === "str"))) put(valueOf());
  };

  const formulaText = (): string => {
    const si = fShared;
    if (fType === "shared" && si !== undefined) {
      if (f) {
        shared.set(si, { formula: f, row, col });
        return f;
      }
      const master = shared.get(si);
      return master ? shiftFormula(master.formula, row - master.row, col - master.col) : "";
    }
    return f ?? "";
  };

  const valueOf = (): CellValue => {
    if (fType === "shared" && f) shared.set(fShared ?? "", { formula: f, row, col });
    switch (type) {
      case "s": {
        const s = ctx.strings[Number(v)];
        if (s === undefined) throw new PackageError("damaged");
        return s;
      }
      case "inlineStr":
        return inline ?? v ?? "";
      case "str":
        return v ?? "";
      case "b":
        return v === "1" || v === "true";
      case "e":
        return { error: v ?? "" };
      case "d": {
        const date = new Date(v ?? "");
        return Number.isNaN(date.getTime()) ? (v ?? "") : date.toISOString().slice(0, 10);
      }
      default: {
        const n = parseFloat(v ?? "");
        if (Number.isNaN(n)) throw new PackageError("damaged");
        return numberCell(n, style, ctx);
      }
    }
  };

  /** Where the plain reader left the sheetData it read whole; undefined when it did not. */
  const readPlainly = (selfClosing: boolean, start: number, end: number): number | undefined => {
    // Unprefixed, as Excel, WPS, LibreOffice and exceljs write it.
    if (selfClosing || !xml.startsWith("<sheetData", start)) return undefined;
    const plain = readPlainSheetData(xml, end, ctx);
    if (!plain) return undefined;
    rows = plain.rows;
    return plain.end;
  };

  const openElement = (name: string, attrs: Attributes): void => {
    switch (name) {
      case "row": {
        const ref = attrs.get("r");
        const r = ref ? Number(ref) - 1 : row + 1;
        if (!(r >= 0 && r < MAX_ROWS)) throw new PackageError("damaged");
        row = r;
        col = -1;
        return;
      }
      case "c": {
        const ref = attrs.get("r");
        if (ref) {
          if (!refAt(ref, 0, ref.length)) throw new PackageError("damaged");
          row = lastRef.row;
          col = lastRef.col;
        } else {
          if (row < 0) row = 0;
          col++;
          if (col >= MAX_COLS) throw new PackageError("damaged");
        }
        type = attrs.get("t") ?? "n";
        const s = attrs.get("s");
        style = s ? Number(s) : 0;
        v = f = inline = null;
        hasF = false;
        fType = fShared = undefined;
        return;
      }
      case "v":
        v = "";
        capture = "v";
        return;
      case "f":
        f = "";
        hasF = true;
        fType = attrs.get("t");
        fShared = attrs.get("si");
        capture = "f";
        return;
      case "is":
        inInline = true;
        inline = "";
        return;
      case "rPh":
        inPhonetic = true;
        return;
      case "t":
        if (inInline && !inPhonetic) capture = "t";
        return;
      case "mergeCell": {
        const merge = rangeAt(attrs.get("ref") ?? "");
        if (merge) merges.push(merge);
        return;
      }
    }
  };

  scan(xml, {
    open: (name, attrs, selfClosing, start, end) =>
      name === "sheetData" ? readPlainly(selfClosing, start, end) : openElement(name, attrs),
    close(name) {
      switch (name) {
        case "c":
          finishCell();
          return;
        case "v":
        case "f":
        case "t":
          capture = null;
          return;
        case "is":
          inInline = false;
          return;
        case "rPh":
          inPhonetic = false;
          return;
      }
    },
    text(text) {
      if (capture === "v") v += text;
      else if (capture === "f") f += text;
      else if (capture === "t") inline += text;
    },
  });

  // Bounded by the cells that exist: a merge may span the whole sheet.
  for (const m of merges) {
    for (let r = m.top; r <= Math.min(m.bottom, rows.length - 1); r++) {
      const cells = rows[r];
      if (!cells) continue;
      for (let c = m.left; c <= Math.min(m.right, cells.length - 1); c++)
        if (r !== m.top || c !== m.left) cells[c] = null;
    }
  }
  for (const address of Object.keys(formulasWithoutResult)) {
    const [r, c] = parseRef(address)!;
    if (
      merges.some(
        (m) => r >= m.top && r <= m.bottom && c >= m.left && c <= m.right && (r !== m.top || c !== m.left),
      )
    )
      delete formulasWithoutResult[address];
  }
  for (let r = 0; r < rows.length; r++) {
    const cells = rows[r];
    if (!cells) rows[r] = [];
    else for (let c = 0; c < cells.length; c++) if (cells[c] === undefined) cells[c] = null;
  }
  return { rows, merges, formulasWithoutResult };
}
