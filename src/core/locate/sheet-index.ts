import { type Merge, type SheetGrid } from "../grid";
import { bareLabel, coreLabel, normalizeLabel } from "./normalize";

export interface TextCell {
  row: number;
  col: number;
  norm: string;
  core: string;
  bare: string;
}

/** The text cells of one sheet, normalised once, and its merges, for the label searches of the locator. */
export interface SheetIndex {
  sheet: SheetGrid;
  texts: TextCell[];
  byRow: Map<number, TextCell[]>;
  mergeByTopLeft: Map<string, Merge>;
}

export function indexSheet(sheet: SheetGrid): SheetIndex {
  const texts: TextCell[] = [];
  const byRow = new Map<number, TextCell[]>();
  sheet.rows.forEach((cells, row) => {
    if (!cells) return;
    cells.forEach((v, col) => {
      if (typeof v !== "string") return;
      const norm = normalizeLabel(v);
      // Digits alone are figures typed as text, not labels.
      if (norm === "" || /^[-+]?[0-9.,]+$/.test(norm)) return;
      const cell = { row, col, norm, core: coreLabel(norm), bare: bareLabel(norm) };
      texts.push(cell);
      const list = byRow.get(row);
      if (list) list.push(cell);
      else byRow.set(row, [cell]);
    });
  });
  const mergeByTopLeft = new Map<string, Merge>();
  for (const m of sheet.merges) mergeByTopLeft.set(`${m.top},${m.left}`, m);
  return { sheet, texts, byRow, mergeByTopLeft };
}

export interface WantedLabel {
  norm: string[];
  core: string[];
  bare: string[];
}

export function wanted(label: string, aliases: readonly string[] = []): WantedLabel {
  const norm = [label, ...aliases].map(normalizeLabel);
  return { norm, core: norm.map(coreLabel), bare: norm.map(bareLabel) };
}

/** 3: same text; 2: same without remarks; 1: same without enumerator; 0: different. */
export function levelOf(cell: TextCell, w: WantedLabel): number {
  if (w.norm.includes(cell.norm)) return 3;
  if (w.core.includes(cell.core)) return 2;
  if (cell.bare !== "" && w.bare.includes(cell.bare)) return 1;
  return 0;
}
