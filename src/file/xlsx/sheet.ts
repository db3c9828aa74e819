import { type CellValue, type Merge, toA1 } from "../../core/grid";
import { scan } from "./xml";
import { PackageError } from "./zip-parts";
import { shiftFormula } from "./shift-formula";

export interface SheetReadContext {
  strings: readonly string[];
  dateStyles: readonly boolean[];
  date1904: boolean;
}

export interface SheetCells {
  rows: CellValue[][];
  merges: Merge[];
  /** Formula cells saved without a result, by A1 address: their text, or "" when it cannot be known. */
  formulasWithoutResult: Record<string, string>;
}

const MAX_ROWS = 1_048_576;
const MAX_COLS = 16_384;

/** "B12" → [11, 1]; null when it is not a cell reference inside Excel's grid. */
function parseRef(ref: string): [number, number] | null {
  let col = 0;
  let i = 0;
  for (; i < ref.length; i++) {
    const c = ref.charCodeAt(i) | 0x20;
    if (c < 97 || c > 122) break;
    col = col * 26 + (c - 96);
  }
  if (i === 0 || i > 3 || i === ref.length) return null;
  let row = 0;
  for (; i < ref.length; i++) {
    const d = ref.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return null;
    row = row * 10 + d;
  }
  if (row < 1 || row > MAX_ROWS || col > MAX_COLS) return null;
  return [row - 1, col - 1];
}

function excelDate(serial: number, date1904: boolean): string | null {
  const ms = Math.round((serial - 25569 + (date1904 ? 1462 : 0)) * 86_400_000);
  const date = new Date(ms);
  return Number.isNaN(date.getTime()) ? null : date.toISOString().slice(0, 10);
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
  const rows: CellValue[][] = [];
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
        return (ctx.dateStyles[style] && excelDate(n, ctx.date1904)) || n;
      }
    }
  };

  scan(xml, {
    open(name, attrs) {
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
            const at = parseRef(ref);
            if (!at) throw new PackageError("damaged");
            [row, col] = at;
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
          const [a, b] = (attrs.get("ref") ?? "").split(":");
          const tl = parseRef(a ?? "");
          const br = parseRef(b ?? a ?? "");
          if (tl && br) merges.push({ top: tl[0], left: tl[1], bottom: br[0], right: br[1] });
          return;
        }
      }
    },
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
