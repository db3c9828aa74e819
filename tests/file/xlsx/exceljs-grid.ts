import ExcelJS from "exceljs";
import { type CellValue, fromA1, type WorkbookGrid } from "../../../src/core/grid";

/**
 * The grid as exceljs reads it: the reader this project used before its own, kept as the reference the new
 * reader is compared with. A formula gives its cached result; a formula without one, blank.
 */
function toCellValue(v: ExcelJS.CellValue): CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === "number" || typeof v === "string" || typeof v === "boolean") return v;
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if ("error" in v && v.error) return { error: String(v.error) };
  if ("richText" in v && Array.isArray(v.richText)) return v.richText.map((r) => r.text).join("");
  if ("formula" in v || "sharedFormula" in v) {
    const result = (v as { result?: ExcelJS.CellValue }).result;
    return result === undefined ? null : toCellValue(result);
  }
  if ("text" in v && typeof v.text === "string") return v.text;
  return String(v);
}

export async function exceljsGrid(bytes: Uint8Array): Promise<WorkbookGrid> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  return {
    sheets: wb.worksheets.map((ws) => {
      const rows: CellValue[][] = [];
      const formulasWithoutResult: Record<string, string> = {};
      ws.eachRow({ includeEmpty: false }, (row, r) =>
        row.eachCell({ includeEmpty: false }, (cell, c) => {
          if (cell.type === ExcelJS.ValueType.Merge) return;
          (rows[r - 1] ??= [])[c - 1] = toCellValue(cell.value);
          // The value object drops a saved result of 0 (cell.result keeps it): what the old reader saw.
          if (
            cell.type === ExcelJS.ValueType.Formula &&
            (cell.value as { result?: unknown }).result === undefined
          )
            formulasWithoutResult[cell.address] = cell.formula ?? "";
        }),
      );
      const merges = ((ws.model as { merges?: string[] }).merges ?? []).map((m) => {
        const [a, b] = m.split(":");
        const tl = fromA1(a);
        const br = fromA1(b ?? a);
        return { top: tl.row, left: tl.col, bottom: br.row, right: br.col };
      });
      return { name: ws.name, rows, merges, formulasWithoutResult };
    }),
  };
}

/**
 * Both grids as shown, where exceljs reads a formula without a result and the reader has 0: exceljs drops a saved
 * result of 0 (the bug of the issue on formula cells), so those cells are left out of the comparison.
 */
export function comparable(
  ours: WorkbookGrid,
  theirs: WorkbookGrid,
): [ReturnType<typeof shown>, ReturnType<typeof shown>] {
  const a = shown(ours);
  const b = shown(theirs);
  for (const s of theirs.sheets)
    for (const address of Object.keys(s.formulasWithoutResult ?? {})) {
      const { row, col } = fromA1(address);
      if (a[s.name]?.cells[`${row},${col}`] === 0) delete a[s.name].cells[`${row},${col}`];
    }
  return [a, b];
}

/** What a grid shows, cell by cell: sheet name → A1 → value, blanks left out; merges as sorted ranges. */
export function shown(
  grid: WorkbookGrid,
): Record<string, { cells: Record<string, CellValue>; merges: string[] }> {
  const out: Record<string, { cells: Record<string, CellValue>; merges: string[] }> = {};
  for (const s of grid.sheets) {
    const cells: Record<string, CellValue> = {};
    s.rows.forEach((row, r) =>
      row?.forEach((v, c) => {
        if (v !== null && v !== undefined && v !== "") cells[`${r},${c}`] = v;
      }),
    );
    const merges = s.merges.map((m) => `${m.top},${m.left}:${m.bottom},${m.right}`).sort();
    out[s.name] = { cells, merges };
  }
  return out;
}
