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
  byRow: Map<number, TextCell[]>;
  /** Text cells by their normalised text and by their text without remarks: the candidates for a wanted label. */
  byText: Map<string, TextCell[]>;
  /** Every form (text, without remarks, without enumerator) of every text cell: is a label on this sheet at all? */
  forms: Set<string>;
  /** Merged areas by the row, then the column, of their top left cell (see mergeAt). */
  merges: Map<number, Map<number, Merge>>;
  /** Per-sheet memo of label searches: each template asks for many of the same labels. */
  memo: Map<WantedLabel, TextCell[]>;
  /** Per-cell memo of the header cells above it, for column paths. */
  above: Map<TextCell, TextCell[]>;
}

type Forms = Pick<TextCell, "norm" | "core" | "bare">;

/** The same labels come back on every recheck: their normalised forms are kept (bounded, cleared when full). */
const formsCache = new Map<string, Forms | null>();
const FORMS_CACHE_LIMIT = 20000;

function formsOf(text: string): Forms | null {
  let forms = formsCache.get(text);
  if (forms !== undefined) return forms;
  const norm = normalizeLabel(text);
  // Digits alone are figures typed as text, not labels.
  forms =
    norm === "" || /^[-+]?[0-9.,]+$/.test(norm)
      ? null
      : { norm, core: coreLabel(norm), bare: bareLabel(norm) };
  if (formsCache.size >= FORMS_CACHE_LIMIT) formsCache.clear();
  formsCache.set(text, forms);
  return forms;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

export function indexSheet(sheet: SheetGrid): SheetIndex {
  const byRow = new Map<number, TextCell[]>();
  const byText = new Map<string, TextCell[]>();
  const allForms = new Set<string>();
  const rows = sheet.rows;
  for (let row = 0; row < rows.length; row++) {
    const cells = rows[row];
    if (!cells) continue;
    let inRow: TextCell[] | undefined;
    for (let col = 0; col < cells.length; col++) {
      const v = cells[col];
      if (typeof v !== "string") continue;
      const forms = formsOf(v);
      if (!forms) continue;
      const cell: TextCell = { row, col, norm: forms.norm, core: forms.core, bare: forms.bare };
      if (inRow) inRow.push(cell);
      else byRow.set(row, (inRow = [cell]));
      push(byText, cell.norm, cell);
      if (cell.core !== cell.norm) push(byText, cell.core, cell);
      allForms.add(cell.norm).add(cell.core).add(cell.bare);
    }
  }
  const merges = new Map<number, Map<number, Merge>>();
  for (const m of sheet.merges) {
    const inRow = merges.get(m.top);
    if (inRow) inRow.set(m.left, m);
    else merges.set(m.top, new Map([[m.left, m]]));
  }
  return { sheet, byRow, byText, forms: allForms, merges, memo: new Map(), above: new Map() };
}

/**
 * The merged area whose top left cell this is. Looked up by number: the header search asks for every text cell
 * above every candidate header, and a "row,col" string key per question cost more than the rest of the search.
 */
export function mergeAt(index: SheetIndex, row: number, col: number): Merge | undefined {
  return index.merges.get(row)?.get(col);
}

export interface WantedLabel {
  norm: string[];
  core: string[];
  bare: string[];
}

const wantedCache = new Map<string, WantedLabel>();

export function wanted(label: string, aliases: readonly string[] = []): WantedLabel {
  const id = aliases.length === 0 ? label : [label, ...aliases].join("\u0000");
  let w = wantedCache.get(id);
  if (!w) {
    const norm = [label, ...aliases].map(normalizeLabel);
    w = { norm, core: norm.map(coreLabel), bare: norm.map(bareLabel) };
    wantedCache.set(id, w);
  }
  return w;
}

/** The text cells that match a wanted label at level 2 or better (same text, or same without remarks). */
export function candidates(index: SheetIndex, w: WantedLabel): TextCell[] {
  let found = index.memo.get(w);
  if (!found) {
    const seen = new Set<TextCell>();
    for (const key of [...w.norm, ...w.core]) for (const cell of index.byText.get(key) ?? []) seen.add(cell);
    // In reading order, as a scan of the sheet would meet them.
    found = [...seen].filter((cell) => levelOf(cell, w) >= 2).sort((a, b) => a.row - b.row || a.col - b.col);
    index.memo.set(w, found);
  }
  return found;
}

/** Whether the label appears on the sheet in any form the locator accepts. */
export function present(index: SheetIndex, w: WantedLabel): boolean {
  // Loops, not one spread array: asked for every label of every template on every sheet.
  for (const forms of [w.norm, w.core, w.bare])
    for (const f of forms) if (f !== "" && index.forms.has(f)) return true;
  return false;
}

/** 3: same text; 2: same without remarks; 1: same without enumerator; 0: different. */
export function levelOf(cell: TextCell, w: WantedLabel): number {
  if (w.norm.includes(cell.norm)) return 3;
  if (w.core.includes(cell.core)) return 2;
  if (cell.bare !== "" && w.bare.includes(cell.bare)) return 1;
  return 0;
}
