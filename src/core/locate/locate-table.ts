import { rangeA1, toA1, type WorkbookGrid } from "../grid";
import { type Table, type Template } from "../templates/schema";
import { locateBlock } from "./locate-block";
import { indexSheet, type SheetIndex } from "./sheet-index";

export interface LocatedCell {
  /** "rowId.colId", unique within a table */
  key: string;
  rowId: string;
  colId: string;
  blockId: string;
  sheet: string;
  row: number;
  col: number;
  address: string;
}

export interface LocatedTable {
  table: Table;
  sheet: string;
  range: string;
  cells: Map<string, LocatedCell>;
  missingRows: string[];
  missingColumns: string[];
  matched: number;
  expected: number;
}

export interface Binding {
  template: Template;
  tables: LocatedTable[];
  /** Tables of the template that were not found anywhere. */
  missingTables: Table[];
  score: number;
}

/** A table counts as found when at least this share of its labels is on one sheet. */
const FOUND_SHARE = 0.4;

export function cellKey(rowId: string, colId: string): string {
  return `${rowId}.${colId}`;
}

function locateOnSheet(index: SheetIndex, table: Table): LocatedTable {
  const cells = new Map<string, LocatedCell>();
  const missingRows: string[] = [];
  const missingColumns: string[] = [];
  let matched = 0;
  let expected = 0;
  let top = Infinity;
  let left = Infinity;
  let bottom = -1;
  let right = -1;
  const extend = (row: number, col: number): void => {
    top = Math.min(top, row);
    left = Math.min(left, col);
    bottom = Math.max(bottom, row);
    right = Math.max(right, col);
  };
  for (const block of table.blocks) {
    const loc = locateBlock(index, block);
    matched += loc.matched;
    expected += loc.expected;
    missingRows.push(...loc.missingRows);
    missingColumns.push(...loc.missingColumns);
    for (const [rowId, r] of loc.rows) {
      if (r.labelCol !== null) extend(r.row, r.labelCol);
      for (const [colId, c] of loc.columns) {
        extend(c.row, c.col);
        extend(r.row, c.col);
        const key = cellKey(rowId, colId);
        cells.set(key, {
          key,
          rowId,
          colId,
          blockId: block.id,
          sheet: index.sheet.name,
          row: r.row,
          col: c.col,
          address: toA1(r.row, c.col),
        });
      }
    }
  }
  const range = bottom < 0 ? "" : rangeA1(top, left, bottom, right);
  return { table, sheet: index.sheet.name, range, cells, missingRows, missingColumns, matched, expected };
}

export function indexWorkbook(grid: WorkbookGrid): SheetIndex[] {
  return grid.sheets.map(indexSheet);
}

/** The best place of a table in the workbook, or undefined when too few of its labels are anywhere. */
export function locateTable(indexes: SheetIndex[], table: Table): LocatedTable | undefined {
  let best: LocatedTable | undefined;
  for (const index of indexes) {
    const found = locateOnSheet(index, table);
    if (!best || found.matched > best.matched) best = found;
  }
  if (!best || best.matched < 2 || best.matched < best.expected * FOUND_SHARE) return undefined;
  return best;
}

export function bindTemplate(indexes: SheetIndex[], template: Template): Binding {
  const tables: LocatedTable[] = [];
  const missingTables: Table[] = [];
  for (const table of template.tables) {
    const found = locateTable(indexes, table);
    if (found) tables.push(found);
    else missingTables.push(table);
  }
  const score = tables.reduce((s, t) => s + t.matched - (t.expected - t.matched), 0);
  return { template, tables, missingTables, score };
}

/** Which template the workbook is on: the one whose tables are found most completely. */
export function identify(grid: WorkbookGrid, templates: readonly Template[]): Binding | undefined {
  const indexes = indexWorkbook(grid);
  let best: Binding | undefined;
  for (const template of templates) {
    const b = bindTemplate(indexes, template);
    if (b.tables.length > 0 && (!best || b.score > best.score)) best = b;
  }
  return best;
}
