import { type WorkbookGrid } from "../core/grid";
import { notAWorkbookMessage, problemWithBytes, tooLargeMessage } from "./inspect-bytes";
import { readGrid } from "./xlsx/read-grid";
import { PackageError } from "./xlsx/zip-parts";

/** Reads an .xlsx held in memory (Node Buffer or browser ArrayBuffer) into the grid; throws if it cannot. */
export async function readWorkbook(data: ArrayBuffer | Uint8Array): Promise<{ grid: WorkbookGrid }> {
  return { grid: readGrid(data instanceof Uint8Array ? data : new Uint8Array(data)) };
}

export type OpenResult = { ok: true; grid: WorkbookGrid } | { ok: false; message: string };

function hasCells(grid: WorkbookGrid): boolean {
  return grid.sheets.some(
    (s) =>
      s.rows.some((r) => r.some((v) => v !== null && v !== undefined && v !== "")) ||
      Object.keys(s.formulasWithoutResult ?? {}).length > 0,
  );
}

function whyNotRead(e: unknown, name: string): string {
  if (e instanceof PackageError && e.reason === "too-large") return tooLargeMessage(name);
  if (e instanceof PackageError && (e.reason === "word" || e.reason === "not-a-workbook"))
    return notAWorkbookMessage(name, e.reason === "word");
  return `「${name}」已损坏，无法作为 .xlsx 打开；请在 Excel/WPS 中打开后重新另存为 .xlsx`;
}

/**
 * Reads the bytes of a file the user chose, named `name` in messages; never throws. Wrong, damaged, encrypted,
 * old-format and empty files come back as a Chinese message saying which file and why.
 */
export async function openWorkbookBytes(data: ArrayBuffer | Uint8Array, name: string): Promise<OpenResult> {
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  const problem = problemWithBytes(bytes, name);
  if (problem) return { ok: false, message: problem };
  let grid: WorkbookGrid;
  try {
    grid = readGrid(bytes);
  } catch (e) {
    return { ok: false, message: whyNotRead(e, name) };
  }
  if (grid.sheets.length === 0) return { ok: false, message: `「${name}」里没有任何工作表` };
  if (!hasCells(grid)) return { ok: false, message: `「${name}」是空工作簿：所有工作表都没有内容` };
  return { ok: true, grid };
}
