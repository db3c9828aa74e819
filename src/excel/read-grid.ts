import { type CellValue, type Merge, type SheetGrid, type WorkbookGrid } from "../core/grid";
import { type Binding, identify } from "../core/locate/locate-table";
import { JUSTIFICATION_SHEET } from "../core/report/justifications";
import { builtinTemplates } from "../core/templates";
import { errorCode, excelError } from "./errors";
import { type Marks, queueStored, richSettings, type SheetMemory, type Stored } from "./memory";
import { emptyState, type MarkState, queueMarkState } from "./mark-state";
import { excelApi } from "./office-env";

export interface ReadOutcome {
  grid: WorkbookGrid;
  memory: SheetMemory;
  /** Our earlier marks as they look now, read in the same syncs. */
  marks: MarkState;
  /** Memory and marks as the workbook's settings hold them now (ExcelApi 1.4), read in the first sync. */
  stored: Stored | null;
}

interface PendingSheet {
  sheet: Excel.Worksheet;
  used: Excel.Range;
  merges: Excel.RangeAreas | null;
}

function queueSheet(sheet: Excel.Worksheet): PendingSheet {
  sheet.load("name");
  // Values only where possible: a clerk's whole-column formatting would otherwise stretch the read to a million rows.
  const used = excelApi("1.2") ? sheet.getUsedRange(true) : sheet.getUsedRange();
  used.load("values,valueTypes,rowIndex,columnIndex,address");
  let merges: Excel.RangeAreas | null = null;
  if (excelApi("1.13")) {
    merges = used.getMergedAreasOrNullObject();
    merges.load("address");
  }
  return { sheet, used, merges };
}

function cellValue(v: unknown, type: string): CellValue {
  if (type === "Empty" || v === "" || v === null || v === undefined) return null;
  if (type === "Error") return { error: String(v) };
  if (typeof v === "number" || typeof v === "string" || typeof v === "boolean") return v;
  return String(v);
}

const AREA = /!\$?([A-Z]+)\$?(\d+)(?::\$?([A-Z]+)\$?(\d+))?/g;

function colIndex(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** "统计表!A1:C1, 统计表!A3:A5" → merges; a sheet name's own "!" never precedes a cell address. */
export function parseMergedAddress(address: string): Merge[] {
  const out: Merge[] = [];
  for (const m of address.matchAll(AREA)) {
    const top = Number(m[2]) - 1;
    const left = colIndex(m[1]);
    out.push({ top, left, bottom: m[4] ? Number(m[4]) - 1 : top, right: m[3] ? colIndex(m[3]) : left });
  }
  return out;
}

function toSheetGrid(p: PendingSheet): SheetGrid {
  const { rowIndex, columnIndex, values, valueTypes } = p.used;
  const rows: CellValue[][] = [];
  for (let r = 0; r < rowIndex; r++) rows.push([]);
  values.forEach((line, r) => {
    const row: CellValue[] = new Array<CellValue>(columnIndex).fill(null);
    line.forEach((v, c) => row.push(cellValue(v, String(valueTypes[r][c]))));
    rows.push(row);
  });
  const merges = p.merges && !p.merges.isNullObject ? parseMergedAddress(p.merges.address) : [];
  return { name: p.sheet.name, rows, merges };
}

/** Opened cold: when the active sheet holds every table, only the 说明 sheet is still needed, else every sheet. */
function coldRest(unread: string[], found: Binding | undefined): string[] {
  const complete = !!found && found.missingTables.length === 0;
  return complete ? unread.filter((n) => n === JUSTIFICATION_SHEET) : unread;
}

/** Sheets added since the last read may hold tables; a table that went missing may have moved to any sheet. */
function warmRest(memory: SheetMemory, unread: string[], found: Binding | undefined): string[] {
  const incomplete = (found?.tables.length ?? 0) < memory.tables;
  return incomplete ? unread : unread.filter((n) => !memory.names.includes(n));
}

async function readOnce(memory: SheetMemory | null, marks: Marks): Promise<ReadOutcome> {
  return Excel.run(async (ctx) => {
    const worksheets = ctx.workbook.worksheets;
    worksheets.load("items/name");
    // The clerk's 说明 sheet travels with the tables: the pane reads it back from the grid.
    const extra = memory?.names.includes(JUSTIFICATION_SHEET) ? [JUSTIFICATION_SHEET] : [];
    const plan = memory
      ? memory.bound.length > 0
        ? [...new Set([...memory.bound, ...extra])]
        : memory.names
      : null;
    const pending = plan
      ? plan.map((n) => queueSheet(worksheets.getItem(n)))
      : [queueSheet(worksheets.getActiveWorksheet())];
    const state = emptyState([]);
    const finish = [plan ? queueMarkState(ctx, marks, plan, state) : () => undefined];
    const stored = richSettings() ? queueStored(ctx) : null;
    await ctx.sync();

    const names = worksheets.items.map((s) => s.name);
    const read = new Map(pending.map((p) => [p.sheet.name, toSheetGrid(p)]));
    const unread = names.filter((n) => !read.has(n));
    const partial: WorkbookGrid = { sheets: [...read.values()] };
    const found = identify(partial, builtinTemplates());
    const wanted = memory ? warmRest(memory, unread, found) : coldRest(unread, found);
    if (wanted.length > 0) {
      const more = wanted.map((n) => queueSheet(worksheets.getItem(n)));
      finish.push(queueMarkState(ctx, marks, wanted, state));
      await ctx.sync();
      for (const p of more) read.set(p.sheet.name, toSheetGrid(p));
      pending.push(...more);
    }

    const grid: WorkbookGrid = { sheets: names.filter((n) => read.has(n)).map((n) => read.get(n)!) };
    const binding = identify(grid, builtinTemplates());
    const bound = binding ? [...new Set(binding.tables.map((t) => t.sheet))] : [];
    const ranges: Record<string, string> = {};
    for (const p of pending) if (bound.includes(p.sheet.name)) ranges[p.sheet.name] = p.used.address;
    for (const f of finish) f();
    state.names = names;
    return {
      grid,
      memory: { names, bound, ranges, tables: binding?.tables.length ?? 0 },
      marks: state,
      stored: stored ? stored() : null,
    };
  });
}

/**
 * Reads the workbook's values and merges in one sync when the sheets are known from the last read (this session or
 * the saved binding) or the active sheet holds every table, and in two when the tables must be looked for.
 */
export async function readWorkbook(memory: SheetMemory | null, marks: Marks): Promise<ReadOutcome> {
  try {
    return await readOnce(memory, marks);
  } catch (err) {
    // A remembered sheet was renamed or deleted: find the tables afresh.
    if (memory && errorCode(err) === "ItemNotFound") {
      try {
        return await readOnce(null, marks);
      } catch (again) {
        throw excelError(again, "读取工作簿");
      }
    }
    throw excelError(err, "读取工作簿");
  }
}
