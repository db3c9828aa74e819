import { readSetting, writeSetting } from "./office-env";

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

/** A conditional format we added (ExcelApi 1.6+); deleting it restores the clerk's formatting exactly. */
export interface CfMark {
  sheet: string;
  address: string;
  id: string;
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

export function loadMemory(): SheetMemory | null {
  const m = readSetting<SheetMemory>(MEMORY_KEY);
  return m && Array.isArray(m.names) && Array.isArray(m.bound)
    ? { ...m, ranges: m.ranges ?? {}, tables: m.tables ?? 0 }
    : null;
}

export function storeMemory(memory: SheetMemory): void {
  writeSetting(MEMORY_KEY, memory);
}

export function loadMarks(): Marks {
  const m = readSetting<Partial<Marks>>(MARKS_KEY);
  return { cf: Array.isArray(m?.cf) ? m.cf : [], fill: Array.isArray(m?.fill) ? m.fill : [] };
}

export function storeMarks(marks: Marks): void {
  writeSetting(MARKS_KEY, marks);
}

export function fillKey(sheet: string, cell: string): string {
  return `${sheet}!${cell}`;
}
