import { type CellValue, type Merge } from "../grid";
import { cellKey } from "../locate/locate-table";
import { type Figures } from "../rules/context";
import { type Block, type Row, type Table, type Template } from "../templates/schema";

/** A cell of the laid-out sheet that takes a figure. */
export interface InputCell {
  tableId: string;
  key: string;
  row: number;
  col: number;
  decimal: boolean;
}

export interface SheetLayout {
  name: string;
  rows: CellValue[][];
  merges: Merge[];
  inputs: InputCell[];
  /** Rows holding table titles and captions, for bold formatting. */
  titleRows: number[];
  /** Cells of column headers and row labels (the locked part of the form). */
  headerCells: Array<{ row: number; col: number }>;
  width: number;
}

export interface LayoutOptions {
  sheetName?: string;
  figures?: Figures;
  /** A line above the tables, e.g. "XX局 2025 年度". */
  heading?: string;
}

class Sheet {
  rows: CellValue[][] = [];
  merges: Merge[] = [];
  titleRows: number[] = [];
  headerCells: Array<{ row: number; col: number }> = [];
  inputs: InputCell[] = [];
  width = 0;

  set(row: number, col: number, v: CellValue): void {
    while (this.rows.length <= row) this.rows.push([]);
    this.rows[row][col] = v;
    this.width = Math.max(this.width, col + 1);
  }

  label(row: number, col: number, v: string): void {
    this.set(row, col, v);
    this.headerCells.push({ row, col });
  }

  merge(top: number, left: number, bottom: number, right: number): void {
    if (bottom > top || right > left) this.merges.push({ top, left, bottom, right });
  }
}

function depthOf(row: Row, byId: Map<string, Row>): number {
  let d = 0;
  for (let p = row.parent; p && byId.has(p); p = byId.get(p)!.parent) d++;
  return d;
}

function descendants(id: string, rows: readonly Row[]): Row[] {
  const out: Row[] = [];
  const ids = new Set([id]);
  for (const r of rows) {
    if (r.parent && ids.has(r.parent)) {
      ids.add(r.id);
      out.push(r);
    }
  }
  return out;
}

/** Lays out one block starting at `top`; returns the next free row. */
function layoutBlock(
  sheet: Sheet,
  table: Table,
  block: Block,
  top: number,
  valueWidth: number,
  options: LayoutOptions,
): number {
  const byId = new Map(block.rows.map((r) => [r.id, r]));
  const labeled = block.rows.some((r) => r.label !== null);
  const maxDepth = Math.max(0, ...block.rows.map((r) => depthOf(r, byId)));
  const labelCols = !labeled ? 0 : block.indentLabels ? 1 : maxDepth + 1;
  const unitCols = block.unitLabel ? 1 : 0;
  const first = labelCols + unitCols;
  const right = first + valueWidth - 1;
  let row = top;

  if (block.caption) {
    sheet.label(row, 0, block.caption);
    sheet.merge(row, 0, row, right);
    sheet.titleRows.push(row);
    row++;
  }

  const levels = Math.max(...block.columns.map((c) => c.path.length)) + 1;
  const colStart = (j: number): number => first + j;
  const colEnd = (j: number): number => (j === block.columns.length - 1 ? right : first + j);
  for (let h = 0; h < levels; h++) {
    let j = 0;
    while (j < block.columns.length) {
      const c = block.columns[j];
      if (h < c.path.length) {
        // Neighbours under the same group share one merged header cell.
        let k = j;
        while (
          k + 1 < block.columns.length &&
          block.columns[k + 1].path.slice(0, h + 1).join("/") === c.path.slice(0, h + 1).join("/")
        )
          k++;
        sheet.label(row + h, colStart(j), c.path[h]);
        sheet.merge(row + h, colStart(j), row + h, colEnd(k));
        j = k + 1;
      } else {
        if (h === c.path.length) {
          sheet.label(row + h, colStart(j), c.label);
          sheet.merge(row + h, colStart(j), row + levels - 1, colEnd(j));
        }
        j++;
      }
    }
  }
  if (labelCols > 0) {
    sheet.label(row, 0, block.cornerLabel ?? "");
    sheet.merge(row, 0, row + levels - 1, labelCols - 1);
  }
  if (unitCols > 0) {
    sheet.label(row, labelCols, block.unitLabel ?? "");
    sheet.merge(row, labelCols, row + levels - 1, labelCols);
  }
  row += levels;

  const sheetRowOf = new Map<string, number>();
  for (const r of block.rows.filter((x) => x.hasData)) sheetRowOf.set(r.id, row++);
  const figures = options.figures?.[table.id] ?? {};
  for (const r of block.rows) {
    const depth = depthOf(r, byId);
    if (!r.hasData) {
      const rowsBelow = descendants(r.id, block.rows)
        .filter((d) => sheetRowOf.has(d.id))
        .map((d) => sheetRowOf.get(d.id)!);
      if (r.label === null || rowsBelow.length === 0) continue;
      const col = block.indentLabels ? 0 : depth;
      sheet.label(Math.min(...rowsBelow), col, r.label);
      sheet.merge(Math.min(...rowsBelow), col, Math.max(...rowsBelow), col);
      continue;
    }
    const at = sheetRowOf.get(r.id)!;
    if (r.label !== null) {
      const col = block.indentLabels ? 0 : depth;
      sheet.label(at, col, block.indentLabels ? "　　".repeat(depth) + r.label : r.label);
      sheet.merge(at, col, at, labelCols - 1);
    }
    if (unitCols > 0) sheet.label(at, labelCols, r.unit ?? "");
    block.columns.forEach((c, j) => {
      const key = cellKey(r.id, c.id);
      const v = figures[key];
      sheet.set(at, colStart(j), v === undefined ? null : v);
      sheet.merge(at, colStart(j), at, colEnd(j));
      sheet.inputs.push({
        tableId: table.id,
        key,
        row: at,
        col: colStart(j),
        decimal: (r.type ?? c.type) === "decimal",
      });
    });
  }
  return row;
}

/** The template's tables in the official layout, one under another on one sheet, filled with `figures` if given. */
export function officialLayout(template: Template, options: LayoutOptions = {}): SheetLayout {
  const sheet = new Sheet();
  let row = 0;
  if (options.heading) {
    sheet.set(row, 0, options.heading);
    sheet.titleRows.push(row);
    row += 2;
  }
  for (const table of template.tables) {
    sheet.set(row, 0, table.sectionHeading ?? table.title);
    sheet.titleRows.push(row);
    row++;
    const valueWidth = Math.max(...table.blocks.map((b) => b.columns.length));
    for (const block of table.blocks) row = layoutBlock(sheet, table, block, row, valueWidth, options);
    if (table.footnote) sheet.set(row++, 0, table.footnote);
    row += 1;
  }
  return {
    name: options.sheetName ?? "统计表",
    rows: sheet.rows,
    merges: sheet.merges,
    inputs: sheet.inputs,
    titleRows: sheet.titleRows,
    headerCells: sheet.headerCells,
    width: sheet.width,
  };
}
