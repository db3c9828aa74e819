import { columnName } from "../../core/grid";

/** A cell reference outside string literals, not part of a name or function (LOG10( is not a reference). */
const REF = /(^|[^A-Za-z0-9_.$'\]])(\$?)([A-Za-z]{1,3})(\$?)(\d+)(?![A-Za-z0-9_(])/g;

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/**
 * A shared formula as it reads in a cell `dr` rows and `dc` columns away from the cell that holds its text:
 * relative references move with the cell, $-anchored ones stay. Excel saves the text once for the whole range.
 */
export function shiftFormula(formula: string, dr: number, dc: number): string {
  return formula
    .split(/("(?:[^"]|"")*")/)
    .map((part, i) =>
      i % 2 === 1
        ? part
        : part.replace(
            REF,
            (_all, before: string, colAbs: string, letters: string, rowAbs: string, digits: string) => {
              const col = colAbs ? columnNumber(letters) : columnNumber(letters) + dc;
              const row = rowAbs ? Number(digits) : Number(digits) + dr;
              if (col < 1 || row < 1) return `${before}#REF!`;
              return `${before}${colAbs}${columnName(col - 1)}${rowAbs}${row}`;
            },
          ),
    )
    .join("");
}
