import { excelApi, readSetting, writeSetting } from "./office-env";

/** Where the tables were found last time, so the next read loads only what it needs. */
export interface SheetMemory {
  /** Every sheet name of the workbook at the last read, in order. */
  names: string[];
  /** Sheets holding the standard tables. */
  bound: string[];
  /** Used range of each bound sheet, e.g. "统计表!A1:K60", for Common-API bindings. */
  ranges: Record<string, string>;
  /** How many standard tables were found; fewer on the remembered sheets means a table moved. */
  tables: number;
}

/**
 * A conditional format we added (ExcelApi 1.6+); deleting it restores the clerk's formatting exactly. Found again by
 * its formula, not by id: Excel's id is the rule's priority and shifts when rules are added or deleted.
 */
export interface CfMark {
  sheet: string;
  address: string;
}

/** A fill we painted over the clerk's own (before ExcelApi 1.6); `original` null means the cell had no fill. */
export interface FillMark {
  sheet: string;
  cell: string;
  original: string | null;
  mark: string;
}

export interface Marks {
  cf: CfMark[];
  fill: FillMark[];
}

const MEMORY_KEY = "nianbao.binding";
const MARKS_KEY = "nianbao.marks";

function validMemory(m: SheetMemory | null): SheetMemory | null {
  return m && Array.isArray(m.names) && Array.isArray(m.bound)
    ? { ...m, ranges: m.ranges ?? {}, tables: m.tables ?? 0 }
    : null;
}

function validMarks(m: Partial<Marks> | null): Marks {
  const cf = Array.isArray(m?.cf) ? m.cf.map((c) => ({ sheet: c.sheet, address: c.address })) : [];
  return { cf, fill: Array.isArray(m?.fill) ? m.fill : [] };
}

/** As the workbook was opened, or as this runtime last refreshed or wrote them (Common API). */
export function loadMemory(): SheetMemory | null {
  return validMemory(readSetting<SheetMemory>(MEMORY_KEY));
}

export function storeMemory(memory: SheetMemory): void {
  writeSetting(MEMORY_KEY, memory);
}

export function loadMarks(): Marks {
  return validMarks(readSetting<Partial<Marks>>(MARKS_KEY));
}

export function storeMarks(marks: Marks): void {
  writeSetting(MARKS_KEY, marks);
}

/**
 * From ExcelApi 1.4 the settings travel in the Rich API batches themselves (workbook.settings, the same store as
 * Office.context.document.settings), so keeping them costs no round trip of its own.
 */
export function richSettings(): boolean {
  return excelApi("1.4");
}

export interface Stored {
  memory: SheetMemory | null;
  marks: Marks;
}

/** Queues loads of the stored memory and marks; the returned function reads them after the sync. */
export function queueStored(ctx: Excel.RequestContext): () => Stored {
  const memory = ctx.workbook.settings.getItemOrNullObject(MEMORY_KEY);
  const marks = ctx.workbook.settings.getItemOrNullObject(MARKS_KEY);
  memory.load("value");
  marks.load("value");
  return () => ({
    memory: memory.isNullObject ? null : validMemory(memory.value as SheetMemory),
    marks: validMarks(marks.isNullObject ? null : (marks.value as Partial<Marks>)),
  });
}

/** The mark record as the workbook holds it now (ExcelApi 1.4+): another runtime may have written it since. */
export async function readStoredMarks(): Promise<Marks> {
  return Excel.run(async (ctx) => {
    const stored = queueStored(ctx);
    await ctx.sync();
    return stored().marks;
  });
}

/** Queues the writes of memory and marks into the batch being built. */
export function queueStore(ctx: Excel.RequestContext, memory: SheetMemory | null, marks: Marks): void {
  ctx.workbook.settings.add(MARKS_KEY, marks);
  if (memory) ctx.workbook.settings.add(MEMORY_KEY, memory);
}

export function sameMarks(a: Marks, b: Marks): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

export function fillKey(sheet: string, cell: string): string {
  return `${sheet}!${cell}`;
}
