import { type CellPos } from "../grid";
import { type Block, type Column } from "../templates/schema";
import {
  candidates,
  levelOf,
  mergeAt,
  type SheetIndex,
  type TextCell,
  wanted,
  type WantedLabel,
} from "./sheet-index";

/** row id → the sheet row of its data cells (and where its label was seen). */
export type RowPlaces = Map<string, { row: number; labelCol: number | null }>;

export interface BlockLocation {
  blockId: string;
  rows: RowPlaces;
  /** column id → the sheet column of its data cells (and where its header was seen). */
  columns: Map<string, CellPos>;
  missingRows: string[];
  missingColumns: string[];
  matched: number;
  expected: number;
}

/** How far below the previous row label the next one may be, before it counts as missing. */
const ROW_WINDOW = 4;
/** How many rows above the first data row the column headers may be. */
const HEADER_DEPTH = 6;
/** How many header rows above a header cell are searched for its path. */
const PATH_DEPTH = 4;

function bestInRow(index: SheetIndex, row: number, w: WantedLabel, minLevel: number): TextCell | undefined {
  let best: TextCell | undefined;
  let bestLevel = minLevel - 1;
  for (const cell of index.byRow.get(row) ?? []) {
    const level = levelOf(cell, w);
    if (level > bestLevel) {
      best = cell;
      bestLevel = level;
    }
  }
  return best;
}

interface RowMatch {
  rows: RowPlaces;
  missing: string[];
}

function matchRowsFrom(
  index: SheetIndex,
  labeled: Array<{ id: string; w: WantedLabel }>,
  start: number,
): RowMatch {
  const rows: RowPlaces = new Map();
  const missing: string[] = [];
  let cursor = start;
  let missedSinceLast = 0;
  const lastRow = index.sheet.rows.length - 1;
  for (const { id, w } of labeled) {
    const anchored = rows.size > 0;
    const limit = anchored ? Math.min(lastRow, cursor + ROW_WINDOW + 2 * missedSinceLast) : lastRow;
    let found: TextCell | undefined;
    for (let r = cursor; r <= limit && !found; r++) found = bestInRow(index, r, w, anchored ? 1 : 2);
    if (found) {
      rows.set(id, { row: found.row, labelCol: found.col });
      cursor = found.row + 1;
      missedSinceLast = 0;
    } else {
      missing.push(id);
      missedSinceLast++;
    }
  }
  return { rows, missing };
}

/** The text of the header cell that spans column `col` in row `row`: a merge, the cell itself, or the nearest text to its left. */
function headerCovering(index: SheetIndex, row: number, col: number): TextCell | undefined {
  const cells = index.byRow.get(row) ?? [];
  let left: TextCell | undefined;
  for (const c of cells) {
    if (c.col === col) return c;
    const m = mergeAt(index, c.row, c.col);
    if (m && m.left <= col && col <= m.right) return c;
    if (c.col < col && (!left || c.col > left.col)) left = c;
  }
  if (!left) return undefined;
  // An unmerged group header spans to the right until the next header text in its row.
  const m = mergeAt(index, left.row, left.col);
  return m ? undefined : left;
}

/** The header cells over `cell` in the rows just above it, nearest first. */
function headersAbove(index: SheetIndex, cell: TextCell): TextCell[] {
  let list = index.above.get(cell);
  if (!list) {
    list = [];
    for (let r = cell.row - 1; r >= Math.max(0, cell.row - PATH_DEPTH); r--) {
      const h = headerCovering(index, r, cell.col);
      if (h) list.push(h);
    }
    index.above.set(cell, list);
  }
  return list;
}

function pathScore(index: SheetIndex, cell: TextCell, wantedPath: readonly WantedLabel[]): number {
  if (wantedPath.length === 0) return 0;
  let score = 0;
  for (const h of headersAbove(index, cell))
    for (const w of wantedPath)
      if (levelOf(h, w) >= 2) {
        score++;
        break;
      }
  return score;
}

interface Choice {
  column: number;
  cell: TextCell;
  score: number;
}

const labelsOfColumn = new WeakMap<Column, { w: WantedLabel; wantedPath: WantedLabel[] }>();

function columnLabels(column: Column): { w: WantedLabel; wantedPath: WantedLabel[] } {
  let labels = labelsOfColumn.get(column);
  if (!labels) {
    labels = { w: wanted(column.label, column.aliases), wantedPath: column.path.map((p) => wanted(p)) };
    labelsOfColumn.set(column, labels);
  }
  return labels;
}

/**
 * Gives each column its header cell, best-scored first and one cell per column, so that a missing 结果纠正
 * of 复议后起诉 is reported missing rather than taking the 结果纠正 of 未经复议直接起诉. Every header cell that
 * could be a column's is scored by how much of the column's header path is above it, then by depth.
 */
function assignColumns(
  index: SheetIndex,
  columns: readonly Column[],
  top: number,
  bottom: number,
): Map<string, CellPos> {
  // Plain loops: flatMap and filter over a few dozen cells cost more than the scoring (measured, bench/run.js).
  const choices: Choice[] = [];
  for (let order = 0; order < columns.length; order++) {
    const { w, wantedPath } = columnLabels(columns[order]);
    for (const cell of candidates(index, w))
      if (cell.row >= top && cell.row <= bottom)
        choices.push({ column: order, cell, score: pathScore(index, cell, wantedPath) * 1000 + cell.row });
  }
  // Stable: equal scores keep column order, then reading order.
  choices.sort((a, b) => b.score - a.score);
  const claimed = new Set<TextCell>();
  const found = new Map<string, CellPos>();
  for (const { column, cell } of choices) {
    const id = columns[column].id;
    if (found.has(id) || claimed.has(cell)) continue;
    claimed.add(cell);
    found.set(id, { row: cell.row, col: cell.col });
  }
  return found;
}

/** How many empty rows a clerk may leave between the headers and an unlabeled data row. */
const GAP_ROWS = 2;

/** The row under the headers that holds the figures: the first with anything in the columns, else the very next. */
function firstFilledRow(index: SheetIndex, from: number, cols: number[]): number {
  for (let r = from; r <= from + GAP_ROWS; r++) {
    const line = index.sheet.rows[r];
    if (line && cols.some((c) => line[c] !== null && line[c] !== undefined && line[c] !== "")) return r;
  }
  return from;
}

function bottomOf(index: SheetIndex, pos: CellPos): number {
  const m = mergeAt(index, pos.row, pos.col);
  return m ? m.bottom : pos.row;
}

interface Found {
  rows: RowPlaces;
  missingRows: string[];
  columns: Map<string, CellPos>;
  missingColumns: string[];
}

/** The columns of the block in the header rows above its first found row (or anywhere, for a block without row labels). */
function findColumns(
  index: SheetIndex,
  block: Block,
  rowMatch: RowMatch,
  labeledCount: number,
): Pick<Found, "columns" | "missingColumns"> {
  const firstRow = Math.min(...[...rowMatch.rows.values()].map((r) => r.row));
  const hasLabels = rowMatch.rows.size > 0;
  const top = hasLabels ? Math.max(0, firstRow - HEADER_DEPTH) : 0;
  const bottom = hasLabels ? firstRow - 1 : index.sheet.rows.length - 1;
  const columns =
    labeledCount > 0 && !hasLabels
      ? new Map<string, CellPos>()
      : assignColumns(index, block.columns, top, bottom);
  const missingColumns = block.columns.filter((c) => !columns.has(c.id)).map((c) => c.id);
  return { columns, missingColumns };
}

interface BlockRows {
  labeled: Array<{ id: string; w: WantedLabel }>;
  unlabeled: Block["rows"];
}

/** What the locator looks for in a block, from the template alone: computed once per block. */
const rowsOfBlock = new WeakMap<Block, BlockRows>();

function blockRows(block: Block): BlockRows {
  let rows = rowsOfBlock.get(block);
  if (!rows) {
    const dataRows = block.rows.filter((r) => r.hasData);
    rows = {
      labeled: dataRows
        .filter((r): r is typeof r & { label: string } => r.label !== null)
        .map((r) => ({ id: r.id, w: wanted(r.label, r.aliases) })),
      unlabeled: dataRows.filter((r) => r.label === null),
    };
    rowsOfBlock.set(block, rows);
  }
  return rows;
}

/** Finds one block of a table on one sheet by its row labels and column headers. */
export function locateBlock(index: SheetIndex, block: Block): BlockLocation {
  const { labeled, unlabeled } = blockRows(block);
  const none: RowMatch = { rows: new Map(), missing: labeled.map((l) => l.id) };
  let best: Found = {
    rows: none.rows,
    missingRows: none.missing,
    ...findColumns(index, block, none, labeled.length),
  };
  if (labeled.length > 0) {
    // Try each place where one of the first labels appears and keep the run that finds the most rows and columns:
    // a label alone in the report's text has no headers above it.
    const starts = new Set<number>();
    for (const l of labeled.slice(0, 3)) for (const cell of candidates(index, l.w)) starts.add(cell.row);
    for (const start of [...starts].sort((a, b) => a - b).slice(0, 8)) {
      const m = matchRowsFrom(index, labeled, start);
      if (m.rows.size === 0 || m.rows.size + block.columns.length <= best.rows.size + best.columns.size)
        continue;
      const found = { rows: m.rows, missingRows: m.missing, ...findColumns(index, block, m, labeled.length) };
      if (found.rows.size + found.columns.size > best.rows.size + best.columns.size) best = found;
    }
  }

  const { rows, columns } = best;
  const labeledFound = rows.size;
  const missingRows = [...best.missingRows];
  if (unlabeled.length > 0) {
    const headerBottom = Math.max(-1, ...[...columns.values()].map((p) => bottomOf(index, p)));
    const first = firstFilledRow(
      index,
      headerBottom + 1,
      [...columns.values()].map((p) => p.col),
    );
    unlabeled.forEach((r, i) => {
      if (columns.size > 0) rows.set(r.id, { row: first + i, labelCol: null });
      else missingRows.push(r.id);
    });
  }
  return {
    blockId: block.id,
    rows,
    columns,
    missingRows,
    missingColumns: best.missingColumns,
    matched: labeledFound + columns.size,
    expected: labeled.length + block.columns.length,
  };
}
