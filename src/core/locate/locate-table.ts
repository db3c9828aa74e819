import { columnName, rangeA1, type WorkbookGrid } from "../grid";
import { type Table, type Template } from "../templates/schema";
import { type BlockLocation, locateBlock } from "./locate-block";
import { indexSheet, present, type SheetIndex, wanted, type WantedLabel } from "./sheet-index";

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

/** Keys by row and column id: the template's ids are few, and the same key string is then found faster in maps. */
const keys = new Map<string, Map<string, string>>();

export function cellKey(rowId: string, colId: string): string {
  let byCol = keys.get(rowId);
  if (!byCol) keys.set(rowId, (byCol = new Map()));
  let key = byCol.get(colId);
  if (key === undefined) byCol.set(colId, (key = `${rowId}.${colId}`));
  return key;
}

/** A1 addresses of the top left of a sheet, where the tables are, made once: [col][row]. */
const addresses: string[][] = [];
const ADDRESS_CACHE_ROWS = 1000;
const ADDRESS_CACHE_COLS = 64;

function address(row: number, col: number): string {
  if (row >= ADDRESS_CACHE_ROWS || col >= ADDRESS_CACHE_COLS) return `${columnName(col)}${row + 1}`;
  const byRow = addresses[col] ?? (addresses[col] = []);
  return byRow[row] ?? (byRow[row] = `${columnName(col)}${row + 1}`);
}

/** Where a table's blocks are on one sheet, before any cell is built: enough to compare candidates. */
interface Sketch {
  table: Table;
  index: SheetIndex;
  blocks: Array<{ block: Table["blocks"][number]; loc: BlockLocation }>;
  matched: number;
  expected: number;
}

function sketchOnSheet(index: SheetIndex, table: Table): Sketch {
  let matched = 0;
  let expected = 0;
  const blocks = table.blocks.map((block) => {
    const loc = locateBlock(index, block);
    matched += loc.matched;
    expected += loc.expected;
    return { block, loc };
  });
  return { table, index, blocks, matched, expected };
}

/** The cells of the table where the sketch put it; built only for the tables that are kept. */
function materialize(sketch: Sketch): LocatedTable {
  const sheet = sketch.index.sheet.name;
  const cells = new Map<string, LocatedCell>();
  const missingRows: string[] = [];
  const missingColumns: string[] = [];
  const rowsSeen: number[] = [];
  const colsSeen: number[] = [];
  for (const { block, loc } of sketch.blocks) {
    missingRows.push(...loc.missingRows);
    missingColumns.push(...loc.missingColumns);
    if (loc.rows.size > 0)
      for (const c of loc.columns.values()) {
        rowsSeen.push(c.row);
        colsSeen.push(c.col);
      }
    for (const [rowId, r] of loc.rows) {
      rowsSeen.push(r.row);
      if (r.labelCol !== null) colsSeen.push(r.labelCol);
      for (const [colId, c] of loc.columns) {
        const key = cellKey(rowId, colId);
        cells.set(key, {
          key,
          rowId,
          colId,
          blockId: block.id,
          sheet,
          row: r.row,
          col: c.col,
          address: address(r.row, c.col),
        });
      }
    }
  }
  const range =
    rowsSeen.length === 0 || colsSeen.length === 0
      ? ""
      : rangeA1(Math.min(...rowsSeen), Math.min(...colsSeen), Math.max(...rowsSeen), Math.max(...colsSeen));
  const { table, matched, expected } = sketch;
  return { table, sheet, range, cells, missingRows, missingColumns, matched, expected };
}

export function indexWorkbook(grid: WorkbookGrid): SheetIndex[] {
  return grid.sheets.map(indexSheet);
}

/** The best place of a table in the workbook, or undefined when too few of its labels are anywhere. */
function bestSketch(indexes: SheetIndex[], table: Table): Sketch | undefined {
  let best: Sketch | undefined;
  for (const index of indexes) {
    const found = sketchOnSheet(index, table);
    if (!best || found.matched > best.matched) best = found;
  }
  if (!best || best.matched < 2 || best.matched < best.expected * FOUND_SHARE) return undefined;
  return best;
}

interface SketchBinding {
  template: Template;
  tables: Sketch[];
  missingTables: Table[];
  score: number;
}

function sketchTemplate(indexes: SheetIndex[], template: Template): SketchBinding {
  const tables: Sketch[] = [];
  const missingTables: Table[] = [];
  for (const table of template.tables) {
    const found = bestSketch(indexes, table);
    if (found) tables.push(found);
    else missingTables.push(table);
  }
  const score = tables.reduce((s, t) => s + t.matched - (t.expected - t.matched), 0);
  return { template, tables, missingTables, score };
}

function materializeBinding(b: SketchBinding): Binding {
  return {
    template: b.template,
    tables: b.tables.map(materialize),
    missingTables: b.missingTables,
    score: b.score,
  };
}

const labelsOfTable = new WeakMap<Table, WantedLabel[]>();

/** The labels the locator looks for in a table: its labelled data rows and its columns. */
function tableLabels(table: Table): WantedLabel[] {
  let labels = labelsOfTable.get(table);
  if (!labels) {
    labels = table.blocks.flatMap((b) => [
      ...b.rows.filter((r) => r.hasData && r.label !== null).map((r) => wanted(r.label!, r.aliases)),
      ...b.columns.map((c) => wanted(c.label, c.aliases)),
    ]);
    labelsOfTable.set(table, labels);
  }
  return labels;
}

/**
 * The most a template could score on these sheets, from which of its labels appear at all: a table scores
 * matched − missing, and a label can only be matched where it appears. Cheap, so that templates that cannot
 * win are never located in full.
 */
function scoreBound(indexes: SheetIndex[], template: Template): number {
  let bound = 0;
  for (const table of template.tables) {
    const labels = tableLabels(table);
    let most = 0;
    for (const index of indexes) {
      let here = 0;
      for (const w of labels) if (present(index, w)) here++;
      most = Math.max(most, here);
    }
    if (most >= 2 && most >= labels.length * FOUND_SHARE) bound += Math.max(0, 2 * most - labels.length);
  }
  return bound;
}

/** Which template the workbook is on: the one whose tables are found most completely. */
export function identify(grid: WorkbookGrid, templates: readonly Template[]): Binding | undefined {
  const indexes = indexWorkbook(grid);
  let best: SketchBinding | undefined;
  for (const template of templates) {
    if (best && scoreBound(indexes, template) <= best.score) continue;
    const b = sketchTemplate(indexes, template);
    if (b.tables.length > 0 && (!best || b.score > best.score)) best = b;
  }
  return best && materializeBinding(best);
}
