import ExcelJS from "exceljs";
import { type CellValue, type WorkbookGrid } from "../../../src/core/grid";
import { officialLayout } from "../../../src/core/layout/official-layout";
import { type Figures } from "../../../src/core/rules/context";
import { cellKey } from "../../../src/core/locate/locate-table";
import { type Table, type Template } from "../../../src/core/templates/schema";
import { readWorkbook } from "../../../src/file/read-workbook";

/** Rows and merges to write on a sheet, as a clerk's own layout. */
export interface Piece {
  rows: CellValue[][];
  merges: Array<{ top: number; left: number; bottom: number; right: number }>;
}

export interface Placement {
  piece: Piece;
  /** 0-based position of the piece's top-left cell on the sheet. */
  row?: number;
  col?: number;
}

export function officialPiece(
  template: Template,
  figures: Figures,
  label: (s: string) => string = (s) => s,
): Piece {
  const layout = officialLayout(template, { figures });
  const header = new Set(layout.headerCells.map((h) => `${h.row},${h.col}`));
  const rows = layout.rows.map((r, i) =>
    r.map((v, j) => (typeof v === "string" && header.has(`${i},${j}`) ? label(v) : v)),
  );
  return { rows, merges: layout.merges };
}

/**
 * One table with every row label in a single column, the hierarchy shown by full-width spaces, and headers
 * stacked above the figures: the way many offices retype the form.
 */
export function oneColumnPiece(
  table: Table,
  figures: Figures,
  label: (s: string) => string = (s) => s,
): Piece {
  const rows: CellValue[][] = [[table.title]];
  const merges: Piece["merges"] = [];
  for (const block of table.blocks) {
    const levels = Math.max(...block.columns.map((c) => c.path.length)) + 1;
    for (let h = 0; h < levels; h++) {
      const line: CellValue[] = [h === 0 ? label(block.cornerLabel ?? "项目") : null];
      let last = "";
      block.columns.forEach((c, j) => {
        const text = h < c.path.length ? c.path[h] : h === c.path.length ? c.label : null;
        line[j + 1] = text && text !== last ? label(text) : null;
        last = text ?? "";
      });
      rows.push(line);
    }
    const depth = new Map<string, number>();
    for (const r of block.rows) {
      const d = r.parent ? (depth.get(r.parent) ?? -1) + 1 : 0;
      depth.set(r.id, d);
      const text = r.label === null ? null : "　　".repeat(d) + label(r.label);
      const line: CellValue[] = [text];
      if (r.hasData)
        block.columns.forEach((c, j) => (line[j + 1] = figures[table.id]?.[cellKey(r.id, c.id)] ?? null));
      rows.push(line);
    }
  }
  return { rows, merges };
}

export async function xlsxOf(sheets: Array<{ name: string; pieces: Placement[] }>): Promise<WorkbookGrid> {
  const wb = new ExcelJS.Workbook();
  for (const s of sheets) {
    const ws = wb.addWorksheet(s.name);
    for (const { piece, row = 0, col = 0 } of s.pieces) {
      piece.rows.forEach((r, i) =>
        r.forEach((v, j) => {
          if (v !== null && v !== undefined)
            ws.getCell(row + i + 1, col + j + 1).value = v as ExcelJS.CellValue;
        }),
      );
      for (const m of piece.merges)
        ws.mergeCells(row + m.top + 1, col + m.left + 1, row + m.bottom + 1, col + m.right + 1);
    }
  }
  const { grid } = await readWorkbook(Buffer.from(await wb.xlsx.writeBuffer()));
  return grid;
}

/** 表三 with two label columns: a heading merged down the left, the item on the right (the common WPS retyping). */
export function twoColumnPiece(table: Table, figures: Figures): Piece {
  const block = table.blocks[0];
  const rows: CellValue[][] = [["项目", null, ...block.columns.map((c) => c.label)]];
  const merges: Piece["merges"] = [{ top: 0, left: 0, bottom: 0, right: 1 }];
  const byId = new Map(block.rows.map((r) => [r.id, r]));
  let run: { label: string; top: number } | undefined;
  const close = (): void => {
    if (run && rows.length - 1 > run.top)
      merges.push({ top: run.top, left: 0, bottom: rows.length - 1, right: 0 });
    run = undefined;
  };
  for (const r of block.rows.filter((x) => x.hasData)) {
    const parent = r.parent ? byId.get(r.parent) : undefined;
    const values = block.columns.map((c) => figures[table.id]?.[cellKey(r.id, c.id)] ?? null);
    if (!parent) {
      close();
      rows.push([r.label, null, ...values]);
      merges.push({ top: rows.length - 1, left: 0, bottom: rows.length - 1, right: 1 });
      continue;
    }
    const heading = parent.label ?? "";
    if (run?.label !== heading) {
      close();
      run = { label: heading, top: rows.length };
      rows.push([heading, r.label, ...values]);
    } else rows.push([null, r.label, ...values]);
  }
  close();
  return { rows, merges };
}
