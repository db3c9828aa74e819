import { cellAt, columnName, fromA1, type SheetGrid } from "./grid";
import { type ParsedValue } from "./values";

/**
 * The value of a formula saved without its result (files written by scripts, or with manual calculation), when
 * it is safe to compute: numbers, SUM(…), + and − over cells of the same sheet that hold numbers or are blank —
 * what the totals of these tables are. Anything else (other functions, other sheets, text in a referenced cell)
 * gives null: the check then skips what depends on the cell instead of guessing.
 */
export function computeFormula(sheet: SheetGrid, address: string): number | null {
  return evaluate(sheet, address, new Set());
}

function evaluate(sheet: SheetGrid, address: string, seen: Set<string>): number | null {
  const formula = sheet.formulasWithoutResult?.[address];
  if (formula === undefined || formula === "" || seen.has(address)) return null;
  seen.add(address);
  try {
    const value = new Parser(formula, sheet, (a) => cellNumber(sheet, a, seen)).parse();
    return value !== null && Number.isFinite(value) ? value : null;
  } finally {
    seen.delete(address);
  }
}

function cellNumber(sheet: SheetGrid, address: string, seen: Set<string>): number | null {
  if (sheet.formulasWithoutResult?.[address] !== undefined) return evaluate(sheet, address, seen);
  const { row, col } = fromA1(address);
  const v = cellAt(sheet, row, col);
  if (v === null) return 0;
  return typeof v === "number" ? v : null;
}

const TOKEN = /\s*(\$?[A-Za-z]{1,3}\$?\d+|\d+(?:\.\d+)?(?:[eE][-+]?\d+)?|SUM\s*\(|[-+(),:])/y;

class Parser {
  private at = 0;
  private readonly tokens: string[] = [];
  private readonly readable: boolean;

  constructor(
    formula: string,
    private readonly sheet: SheetGrid,
    private readonly cell: (address: string) => number | null,
  ) {
    TOKEN.lastIndex = 0;
    const text = formula.replace(/^=/, "").trim();
    let readable = true;
    while (readable && TOKEN.lastIndex < text.length) {
      const m = TOKEN.exec(text);
      if (m) this.tokens.push(m[1].toUpperCase().replace(/\s+/g, ""));
      else readable = false;
    }
    this.readable = readable;
  }

  parse(): number | null {
    if (!this.readable) return null;
    const value = this.sum();
    return this.at === this.tokens.length ? value : null;
  }

  private peek(): string | undefined {
    return this.tokens[this.at];
  }

  private sum(): number | null {
    let value = this.signed();
    while (value !== null && (this.peek() === "+" || this.peek() === "-")) {
      const op = this.tokens[this.at++];
      const next = this.signed();
      value = next === null ? null : op === "+" ? value + next : value - next;
    }
    return value;
  }

  private signed(): number | null {
    const t = this.peek();
    if (t === "+" || t === "-") {
      this.at++;
      const v = this.signed();
      return v === null ? null : t === "-" ? -v : v;
    }
    return this.primary();
  }

  private primary(): number | null {
    const t = this.tokens[this.at++];
    if (t === undefined) return null;
    if (t === "(") {
      const v = this.sum();
      return this.tokens[this.at++] === ")" ? v : null;
    }
    if (t === "SUM(") return this.sumFunction();
    if (/^\d/.test(t)) return Number(t);
    if (/^\$?[A-Z]/.test(t)) {
      if (this.peek() === ":") return null;
      return this.cell(t.replace(/\$/g, ""));
    }
    return null;
  }

  private sumFunction(): number | null {
    let total = 0;
    if (this.peek() === ")") {
      this.at++;
      return 0;
    }
    for (;;) {
      const part = this.argument();
      if (part === null) return null;
      total += part;
      const t = this.tokens[this.at++];
      if (t === ")") return total;
      if (t !== ",") return null;
    }
  }

  private argument(): number | null {
    const a = this.peek();
    if (a && /^\$?[A-Z]/.test(a) && this.tokens[this.at + 1] === ":") {
      const b = this.tokens[this.at + 2];
      if (!b || !/^\$?[A-Z]/.test(b)) return null;
      this.at += 3;
      return this.range(a.replace(/\$/g, ""), b.replace(/\$/g, ""));
    }
    return this.sum();
  }

  private range(from: string, to: string): number | null {
    const a = fromA1(from);
    const b = fromA1(to);
    let total = 0;
    // Only cells that exist count (a blank one adds 0): a range may span the whole sheet.
    const bottom = Math.min(Math.max(a.row, b.row), this.sheet.rows.length - 1);
    for (let r = Math.min(a.row, b.row); r <= bottom; r++) {
      const right = Math.min(Math.max(a.col, b.col), (this.sheet.rows[r]?.length ?? 0) - 1);
      for (let c = Math.min(a.col, b.col); c <= right; c++) {
        const v = this.cell(`${columnName(c)}${r + 1}`);
        if (v === null) return null;
        total += v;
      }
    }
    return total;
  }
}

/** How the check sees a formula cell saved without its result: its computed value, or unknown (null, not blank). */
export function formulaWithoutResultValue(sheet: SheetGrid, address: string): ParsedValue {
  const value = computeFormula(sheet, address);
  return value === null
    ? { raw: null, value: null, blank: false, text: "", formulaWithoutResult: "unknown" }
    : { raw: value, value, blank: false, text: String(value), formulaWithoutResult: "computed" };
}
