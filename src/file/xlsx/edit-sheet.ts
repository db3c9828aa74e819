import { columnName, toA1 } from "../../core/grid";
import { applyEdits, type Edit, prefixOf, withAttribute } from "./edit-xml";
import { tokenize } from "./xml";
import { parseRef } from "./cell-ref";

const REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
/** Worksheet children that come after legacyDrawing (ECMA-376 CT_Worksheet order). */
const AFTER_LEGACY_DRAWING = new Set([
  "legacyDrawingHF",
  "drawingHF",
  "picture",
  "oleObjects",
  "controls",
  "webPublishItems",
  "tableParts",
  "extLst",
]);

interface CellTag {
  row: number;
  col: number;
  start: number;
  end: number;
  style: number;
  hasRef: boolean;
}

interface RowTag {
  row: number;
  start: number;
  end: number;
  selfClosing: boolean;
  closeStart: number;
  hasRef: boolean;
  cells: CellTag[];
}

/** Where things are in a worksheet part, for edits that leave everything else as written. */
export interface SheetScan {
  xml: string;
  prefix: string;
  rows: RowTag[];
  sheetData: { start: number; end: number; selfClosing: boolean; closeStart: number };
  /** The relationship id of its legacy drawing (the VML of its notes), if it has one. */
  legacyDrawing?: string;
  legacyDrawingAt: number;
  /** The prefix bound to the relationships namespace on the root element, if any. */
  relPrefix?: string;
}

export function scanSheet(xml: string): SheetScan {
  const rows: RowTag[] = [];
  let depth = 0;
  let row = -1;
  let col = -1;
  let current: RowTag | null = null;
  const scan: Partial<SheetScan> & { rows: RowTag[] } = { xml, rows, prefix: "" };
  tokenize(xml, {
    open(name, attrs, selfClosing, start, end) {
      if (depth === 0) {
        scan.prefix = prefixOf(xml, start);
        const rel = Object.entries(attrs).find(([k, v]) => k.startsWith("xmlns:") && v === REL_NS);
        if (rel) scan.relPrefix = rel[0].slice(6);
      }
      if (depth === 1) {
        if (name === "sheetData") scan.sheetData = { start, end, selfClosing, closeStart: end };
        else if (name === "legacyDrawing")
          scan.legacyDrawing = Object.entries(attrs).find(([k]) => k.endsWith(":id"))?.[1];
        else if (AFTER_LEGACY_DRAWING.has(name) && scan.legacyDrawingAt === undefined)
          scan.legacyDrawingAt = start;
      }
      if (name === "row" && depth === 2) {
        row = attrs.r ? Number(attrs.r) - 1 : row + 1;
        col = -1;
        current = { row, start, end, selfClosing, closeStart: end, hasRef: !!attrs.r, cells: [] };
        rows.push(current);
      } else if (name === "c" && depth === 3 && current) {
        const at = attrs.r ? parseRef(attrs.r) : null;
        if (at) [, col] = at;
        else col++;
        current.cells.push({ row, col, start, end, style: Number(attrs.s ?? 0), hasRef: !!at });
      }
      depth++;
    },
    close(name, start) {
      depth--;
      if (name === "row" && depth === 2 && current) current.closeStart = start;
      if (name === "sheetData" && depth === 1 && scan.sheetData) scan.sheetData.closeStart = start;
      if (depth === 0 && scan.legacyDrawingAt === undefined) scan.legacyDrawingAt = start;
    },
  });
  if (!scan.sheetData) throw new Error("worksheet without sheetData");
  return scan as SheetScan;
}

/** The cell format index each address has now (0 when the cell is not written). */
export function stylesOf(scan: SheetScan, addresses: Iterable<string>): Map<string, number> {
  const byAddress = new Map<string, number>();
  for (const r of scan.rows) for (const c of r.cells) byAddress.set(toA1(c.row, c.col), c.style);
  return new Map([...addresses].map((a) => [a, byAddress.get(a) ?? 0]));
}

/**
 * Gives the cells the formats in `styles` (address → cellXfs index), writing a cell element where the cell had
 * none (a blank cell), and a legacyDrawing reference when `legacyDrawingId` is new. Cell and row elements without
 * an r attribute get one, so that an inserted cell cannot shift the cells after it.
 */
export function restyleCells(
  scan: SheetScan,
  styles: Map<string, number>,
  newLegacyDrawingId?: string,
): string {
  const { xml, prefix: p } = scan;
  const edits: Edit[] = [];
  const wanted = new Map<number, Map<number, number>>();
  for (const [address, style] of styles) {
    const at = parseRef(address);
    if (!at) continue;
    if (!wanted.has(at[0])) wanted.set(at[0], new Map());
    wanted.get(at[0])!.set(at[1], style);
  }
  const tag = (start: number, end: number) => xml.slice(start, end);
  const newCell = (row: number, col: number, style: number) =>
    `<${p}c r="${columnName(col)}${row + 1}" s="${style}"/>`;

  for (const r of scan.rows) {
    const want = wanted.get(r.row);
    wanted.delete(r.row);
    let rowTag = r.hasRef ? null : withAttribute(tag(r.start, r.end), "r", String(r.row + 1));
    for (const c of r.cells) {
      const style = want?.get(c.col);
      want?.delete(c.col);
      if (style === undefined && c.hasRef) continue;
      let t = tag(c.start, c.end);
      if (!c.hasRef) t = withAttribute(t, "r", toA1(c.row, c.col));
      if (style !== undefined) t = withAttribute(t, "s", String(style));
      edits.push({ start: c.start, end: c.end, text: t });
    }
    if (want && want.size > 0) {
      for (const [col, style] of [...want].sort((a, b) => a[0] - b[0])) {
        const before = r.cells.find((c) => c.col > col);
        if (before) edits.push({ start: before.start, end: before.start, text: newCell(r.row, col, style) });
        else if (!r.selfClosing)
          edits.push({ start: r.closeStart, end: r.closeStart, text: newCell(r.row, col, style) });
      }
      if (r.selfClosing) {
        const open = (rowTag ?? tag(r.start, r.end)).replace(/\s*\/>$/, ">");
        const tail = [...want].filter(([col]) => !r.cells.some((c) => c.col > col));
        rowTag = `${open}${tail
          .sort((a, b) => a[0] - b[0])
          .map(([col, s]) => newCell(r.row, col, s))
          .join("")}</${p}row>`;
      }
    }
    if (rowTag !== null) edits.push({ start: r.start, end: r.end, text: rowTag });
  }
  // Rows that do not exist yet, each before the first row below it.
  const sd = scan.sheetData;
  for (const [row, cols] of [...wanted].sort((a, b) => a[0] - b[0])) {
    const cells = [...cols]
      .sort((a, b) => a[0] - b[0])
      .map(([col, s]) => newCell(row, col, s))
      .join("");
    const text = `<${p}row r="${row + 1}">${cells}</${p}row>`;
    const before = scan.rows.find((r) => r.row > row);
    const at = before ? before.start : sd.closeStart;
    if (!before && sd.selfClosing) continue;
    edits.push({ start: at, end: at, text });
  }
  if (sd.selfClosing && wanted.size > 0) {
    const rowsXml = [...wanted]
      .sort((a, b) => a[0] - b[0])
      .map(
        ([row, cols]) =>
          `<${p}row r="${row + 1}">${[...cols]
            .sort((a, b) => a[0] - b[0])
            .map(([col, s]) => newCell(row, col, s))
            .join("")}</${p}row>`,
      )
      .join("");
    edits.push({ start: sd.start, end: sd.end, text: `<${p}sheetData>${rowsXml}</${p}sheetData>` });
  }
  if (newLegacyDrawingId) {
    const attr = scan.relPrefix
      ? `${scan.relPrefix}:id="${newLegacyDrawingId}"`
      : `xmlns:r="${REL_NS}" r:id="${newLegacyDrawingId}"`;
    edits.push({
      start: scan.legacyDrawingAt,
      end: scan.legacyDrawingAt,
      text: `<${p}legacyDrawing ${attr}/>`,
    });
  }
  return applyEdits(xml, edits);
}
