import { rangeA1 } from "../../src/core/grid";
import {
  ExcelApiError,
  type FakeCf,
  FakeSheet,
  FakeWorkbook,
  overlaps,
  parseRect,
  type Rect,
  WHOLE_SHEET,
} from "./fake-workbook";

/**
 * A strict stand-in for the Excel JavaScript API over a FakeWorkbook: actions are queued and run in order at
 * `sync()`, loads capture the state at their place in the queue, properties throw when read before load + sync,
 * a failing action aborts the rest of the batch, and members above the configured ExcelApi version throw.
 */
type Handler = (args: { address: string; worksheetId: string }) => Promise<unknown> | void;

function propsOf(props: unknown): string[] {
  const list = Array.isArray(props) ? props : typeof props === "string" ? props.split(",") : [];
  return list.map((p: string) => p.trim().split("/")[0]).filter((p) => p.length > 0);
}

export class FakeContext {
  queue: Array<() => void> = [];
  readonly workbook: WorkbookProxy;
  constructor(readonly excel: FakeExcel) {
    this.workbook = new WorkbookProxy(this);
  }
  async sync(): Promise<void> {
    this.excel.syncs++;
    const queue = this.queue;
    this.queue = [];
    if (this.excel.wb.editing) throw new ExcelApiError("InvalidOperationInCellEditMode", "cell edit mode");
    for (const action of queue) action();
  }
  need(minor: number, what: string): void {
    if (this.excel.maxMinor < minor)
      throw new ExcelApiError("ApiNotFound", `${what} needs ExcelApi 1.${minor}`);
  }
}

abstract class Loadable {
  private loaded = new Map<string, unknown>();
  constructor(protected ctx: FakeContext) {}
  protected abstract snapshot(): Record<string, unknown>;
  load(props?: unknown): this {
    const wanted = propsOf(props);
    this.ctx.queue.push(() => {
      const s = this.snapshot();
      // isNullObject comes back with any load, as in office.js.
      for (const k of Object.keys(s)) {
        if (wanted.length === 0 || wanted.includes(k) || k === "isNullObject") this.loaded.set(k, s[k]);
      }
    });
    return this;
  }
  protected got<T>(name: string): T {
    if (!this.loaded.has(name)) throw new Error(`PropertyNotLoaded: "${name}" read before load() and sync()`);
    return this.loaded.get(name) as T;
  }
}

class WorkbookProxy {
  readonly worksheets: WorksheetsProxy;
  constructor(ctx: FakeContext) {
    this.worksheets = new WorksheetsProxy(ctx);
  }
}

class WorksheetsProxy extends Loadable {
  protected snapshot(): Record<string, unknown> {
    return { items: this.ctx.excel.wb.sheets.map((s) => new WorksheetProxy(this.ctx, () => s, s.name)) };
  }
  get items(): WorksheetProxy[] {
    return this.got("items");
  }
  getItem(name: string): WorksheetProxy {
    return new WorksheetProxy(this.ctx, () => {
      const s = this.ctx.excel.wb.sheet(name);
      if (!s) throw new ExcelApiError("ItemNotFound", `no sheet ${name}`);
      return s;
    });
  }
  getActiveWorksheet(): WorksheetProxy {
    const wb = this.ctx.excel.wb;
    return new WorksheetProxy(this.ctx, () => wb.sheets[wb.active]);
  }
  add(name: string): WorksheetProxy {
    const wb = this.ctx.excel.wb;
    this.ctx.queue.push(() => {
      if (wb.sheet(name)) throw new ExcelApiError("ItemAlreadyExists", `sheet ${name} exists`);
      wb.addSheet(name);
    });
    return this.getItem(name);
  }
  get onChanged(): { add(h: Handler): EventResult } {
    this.ctx.need(9, "WorksheetCollection.onChanged");
    return { add: (h) => this.ctx.excel.register(this.ctx, null, h) };
  }
}

export interface EventResult {
  context: FakeContext;
  remove(): void;
}

class WorksheetProxy extends Loadable {
  constructor(
    ctx: FakeContext,
    readonly resolve: () => FakeSheet,
    knownName?: string,
  ) {
    super(ctx);
    if (knownName !== undefined) {
      this.load("name");
      this.resolveNow();
    }
  }
  private resolveNow(): void {
    const q = this.ctx.queue.pop()!;
    q();
  }
  protected snapshot(): Record<string, unknown> {
    return { name: this.resolve().name };
  }
  get name(): string {
    return this.got("name");
  }
  getRange(address?: string): RangeProxy {
    return new RangeProxy(this.ctx, this.resolve, () => (address ? parseRect(address) : WHOLE_SHEET));
  }
  getUsedRange(valuesOnly?: boolean): RangeProxy {
    if (valuesOnly !== undefined) this.ctx.need(2, "getUsedRange(valuesOnly)");
    return new RangeProxy(this.ctx, this.resolve, () => this.resolve().usedRect(!!valuesOnly));
  }
  activate(): void {
    const wb = this.ctx.excel.wb;
    this.ctx.queue.push(() => (wb.active = wb.sheets.indexOf(this.resolve())));
  }
  private protectionProxy?: ProtectionProxy;
  get protection(): ProtectionProxy {
    return (this.protectionProxy ??= new ProtectionProxy(this.ctx, this.resolve));
  }
  get onChanged(): { add(h: Handler): EventResult } {
    this.ctx.need(7, "Worksheet.onChanged");
    return { add: (h) => this.ctx.excel.register(this.ctx, this.resolve, h) };
  }
}

class ProtectionProxy extends Loadable {
  constructor(
    ctx: FakeContext,
    private sheet: () => FakeSheet,
  ) {
    super(ctx);
  }
  protected snapshot(): Record<string, unknown> {
    this.ctx.need(2, "WorksheetProtection");
    return { protected: this.sheet().protected };
  }
  get protected(): boolean {
    return this.got("protected");
  }
  protect(options?: { allowFormatCells?: boolean }): void {
    this.ctx.need(2, "WorksheetProtection.protect");
    this.ctx.queue.push(() => {
      const s = this.sheet();
      s.protected = true;
      s.allowFormatCells = !!options?.allowFormatCells;
    });
  }
}

function each(rect: Rect, fn: (row: number, col: number) => void): void {
  if ((rect.bottom - rect.top + 1) * (rect.right - rect.left + 1) > 100000) {
    throw new ExcelApiError(
      "ResponsePayloadSizeLimitExceeded",
      "the fake refuses per-cell work on huge ranges",
    );
  }
  for (let r = rect.top; r <= rect.bottom; r++) for (let c = rect.left; c <= rect.right; c++) fn(r, c);
}

function guardFormat(s: FakeSheet): void {
  if (s.protected && !s.allowFormatCells)
    throw new ExcelApiError("AccessDenied", `sheet ${s.name} is protected`);
}

class RangeProxy extends Loadable {
  constructor(
    ctx: FakeContext,
    readonly sheet: () => FakeSheet,
    readonly rect: () => Rect,
  ) {
    super(ctx);
  }
  protected snapshot(): Record<string, unknown> {
    const s = this.sheet();
    const r = this.rect();
    const values: Array<Array<string | number | boolean>> = [];
    const valueTypes: string[][] = [];
    for (let row = r.top; row <= r.bottom; row++) {
      const line: Array<string | number | boolean> = [];
      const types: string[] = [];
      for (let c = r.left; c <= r.right; c++) {
        const cell = s.peek(row, c);
        const v = cell?.value ?? "";
        line.push(v);
        types.push(
          cell?.error
            ? "Error"
            : v === ""
              ? "Empty"
              : typeof v === "number"
                ? "Double"
                : typeof v === "boolean"
                  ? "Boolean"
                  : "String",
        );
      }
      values.push(line);
      valueTypes.push(types);
    }
    const address = `${s.name}!${rangeA1(r.top, r.left, r.bottom, r.right)}`;
    return { values, valueTypes, rowIndex: r.top, columnIndex: r.left, address };
  }
  get values(): Array<Array<string | number | boolean>> {
    return this.got("values");
  }
  set values(v: Array<Array<string | number | boolean>>) {
    this.ctx.queue.push(() => {
      const s = this.sheet();
      const r = this.rect();
      if (v.length !== r.bottom - r.top + 1 || v.some((l) => l.length !== r.right - r.left + 1)) {
        throw new ExcelApiError("InvalidArgument", "values do not match the range size");
      }
      each(r, (row, c) => {
        if (s.protected && (s.peek(row, c)?.locked ?? true))
          throw new ExcelApiError("AccessDenied", "locked cell");
      });
      each(r, (row, c) => {
        const cell = s.cell(row, c);
        cell.value = v[row - r.top][c - r.left];
        cell.error = false;
      });
    });
  }
  get valueTypes(): string[][] {
    return this.got("valueTypes");
  }
  get rowIndex(): number {
    return this.got("rowIndex");
  }
  get columnIndex(): number {
    return this.got("columnIndex");
  }
  get address(): string {
    return this.got("address");
  }
  // Navigation properties hand back the same object each time, as in office.js.
  private formatProxy?: FormatProxy;
  private cfProxy?: CfCollectionProxy;
  get format(): FormatProxy {
    return (this.formatProxy ??= new FormatProxy(this.ctx, this));
  }
  get conditionalFormats(): CfCollectionProxy {
    this.ctx.need(6, "Range.conditionalFormats");
    return (this.cfProxy ??= new CfCollectionProxy(this.ctx, this));
  }
  getEntireColumn(): RangeProxy {
    return new RangeProxy(this.ctx, this.sheet, () => ({
      ...this.rect(),
      top: 0,
      bottom: WHOLE_SHEET.bottom,
    }));
  }
  merge(across?: boolean): void {
    this.ctx.need(2, "Range.merge");
    this.ctx.queue.push(() => {
      if (across) throw new ExcelApiError("InvalidArgument", "the fake merges whole areas only");
      this.sheet().merges.push({ ...this.rect() });
    });
  }
  select(): void {
    this.ctx.queue.push(() => {
      const r = this.rect();
      this.ctx.excel.wb.selection = {
        sheet: this.sheet().name,
        address: rangeA1(r.top, r.left, r.bottom, r.right),
      };
    });
  }
  getMergedAreasOrNullObject(): MergedAreasProxy {
    this.ctx.need(13, "Range.getMergedAreasOrNullObject");
    return new MergedAreasProxy(this.ctx, this);
  }
}

class MergedAreasProxy extends Loadable {
  constructor(
    ctx: FakeContext,
    private range: RangeProxy,
  ) {
    super(ctx);
  }
  protected snapshot(): Record<string, unknown> {
    const s = this.range.sheet();
    const r = this.range.rect();
    const areas = s.merges.filter((m) => overlaps(m, r));
    const address = areas.map((m) => `${s.name}!${rangeA1(m.top, m.left, m.bottom, m.right)}`).join(", ");
    return { address, isNullObject: areas.length === 0 };
  }
  get isNullObject(): boolean {
    return this.got("isNullObject");
  }
  get address(): string {
    if (this.isNullObject) throw new Error("read of a null object's address");
    return this.got("address");
  }
}

class FormatProxy {
  readonly fill: FillProxy;
  readonly protection: CellProtectionProxy;
  constructor(
    private ctx: FakeContext,
    private range: RangeProxy,
  ) {
    this.fill = new FillProxy(ctx, range);
    this.protection = new CellProtectionProxy(ctx, range);
  }
  private apply(fn: (s: FakeSheet, row: number, col: number) => void): void {
    this.ctx.queue.push(() => {
      const s = this.range.sheet();
      each(this.range.rect(), (row, col) => fn(s, row, col));
    });
  }
  get font(): { bold: boolean } {
    const apply = (v: boolean): void => this.apply((s, r, c) => void (s.cell(r, c).bold = v));
    return {
      set bold(v: boolean) {
        apply(v);
      },
      get bold(): boolean {
        throw new Error("PropertyNotLoaded: font.bold");
      },
    };
  }
  get borders(): { getItem(index: string): { style: string } } {
    return {
      getItem: (index) => {
        const apply = (): void => this.apply((s, r, c) => void s.cell(r, c).borders.add(index));
        return {
          set style(_v: string) {
            apply();
          },
          get style(): string {
            throw new Error("PropertyNotLoaded: border.style");
          },
        };
      },
    };
  }
  set columnWidth(v: number) {
    this.ctx.queue.push(() => {
      const r = this.range.rect();
      for (let c = r.left; c <= r.right; c++) this.range.sheet().columnWidths.set(c, v);
    });
  }
  set wrapText(_v: boolean) {
    this.ctx.queue.push(() => undefined);
  }
  set verticalAlignment(_v: string) {
    this.ctx.queue.push(() => undefined);
  }
}

class FillProxy extends Loadable {
  constructor(
    ctx: FakeContext,
    private range: RangeProxy,
  ) {
    super(ctx);
  }
  protected snapshot(): Record<string, unknown> {
    const s = this.range.sheet();
    const fills = new Set<string | null>();
    each(this.range.rect(), (r, c) => void fills.add(s.peek(r, c)?.fill ?? null));
    const only = fills.size === 1 ? [...fills][0] : undefined;
    // Excel reads "No Fill" as white (office-js#6218).
    return { color: only === undefined ? null : (only ?? "#FFFFFF") };
  }
  get color(): string {
    return this.got("color");
  }
  set color(v: string) {
    this.ctx.queue.push(() => {
      const s = this.range.sheet();
      guardFormat(s);
      each(this.range.rect(), (r, c) => void (s.cell(r, c).fill = v.toUpperCase()));
    });
  }
  clear(): void {
    this.ctx.queue.push(() => {
      const s = this.range.sheet();
      guardFormat(s);
      each(this.range.rect(), (r, c) => void (s.cell(r, c).fill = null));
    });
  }
}

class CellProtectionProxy extends Loadable {
  constructor(
    ctx: FakeContext,
    private range: RangeProxy,
  ) {
    super(ctx);
  }
  protected snapshot(): Record<string, unknown> {
    this.ctx.need(2, "format.protection");
    const s = this.range.sheet();
    const all = new Set<boolean>();
    each(this.range.rect(), (r, c) => void all.add(s.peek(r, c)?.locked ?? true));
    return { locked: all.size === 1 ? [...all][0] : null };
  }
  get locked(): boolean {
    return this.got("locked");
  }
  set locked(v: boolean) {
    this.ctx.need(2, "format.protection");
    this.ctx.queue.push(() => {
      const s = this.range.sheet();
      each(this.range.rect(), (r, c) => void (s.cell(r, c).locked = v));
    });
  }
}

class CfCollectionProxy extends Loadable {
  constructor(
    ctx: FakeContext,
    private range: RangeProxy,
  ) {
    super(ctx);
  }
  protected snapshot(): Record<string, unknown> {
    const s = this.range.sheet();
    const r = this.range.rect();
    return {
      items: s.cfs.filter((cf) => overlaps(cf.rect, r)).map((cf) => new CfProxy(this.ctx, () => cf, true)),
    };
  }
  get items(): CfProxy[] {
    return this.got("items");
  }
  add(type: string): CfProxy {
    if (type !== "Custom") throw new Error(`the fake knows custom conditional formats only, not ${type}`);
    let made: ReturnType<FakeWorkbook["nextCfId"]> | null = null;
    this.ctx.queue.push(() => {
      const s = this.range.sheet();
      guardFormat(s);
      made = this.ctx.excel.wb.nextCfId();
      s.cfs.push({ id: made, rect: this.range.rect(), formula: "", color: "" });
    });
    return new CfProxy(this.ctx, () => {
      const s = this.range.sheet();
      return s.cfs.find((cf) => cf.id === made)!;
    });
  }
  getItem(id: string): CfProxy {
    return new CfProxy(this.ctx, () => {
      const s = this.range.sheet();
      const cf = s.cfs.find((f) => f.id === id && overlaps(f.rect, this.range.rect()));
      if (!cf) throw new ExcelApiError("ItemNotFound", `no conditional format ${id}`);
      return cf;
    });
  }
}

class CfProxy extends Loadable {
  constructor(
    ctx: FakeContext,
    private cf: () => FakeCf,
    preload = false,
  ) {
    super(ctx);
    if (preload) {
      this.load();
      this.ctx.queue.pop()!();
    }
  }
  protected snapshot(): Record<string, unknown> {
    const cf = this.cf();
    return {
      id: cf.id,
      type: "Custom",
      customOrNullObject: {
        isNullObject: false,
        rule: { formula: cf.formula },
        format: { fill: { color: cf.color } },
      },
    };
  }
  get id(): string {
    return this.got("id");
  }
  get type(): string {
    return this.got("type");
  }
  get customOrNullObject(): { isNullObject: boolean; rule: { formula: string } } {
    return this.got("customOrNullObject");
  }
  get custom(): { rule: { formula: string }; format: { fill: { color: string } } } {
    const queue = (fn: () => void): void => void this.ctx.queue.push(fn);
    const cf = this.cf;
    return {
      rule: {
        set formula(v: string) {
          queue(() => (cf().formula = v));
        },
        get formula(): string {
          throw new Error("PropertyNotLoaded: rule.formula");
        },
      },
      format: {
        fill: {
          set color(v: string) {
            queue(() => (cf().color = v.toUpperCase()));
          },
          get color(): string {
            throw new Error("PropertyNotLoaded: fill.color");
          },
        },
      },
    };
  }
  delete(): void {
    this.ctx.queue.push(() => {
      const cf = this.cf();
      for (const s of this.ctx.excel.wb.sheets) s.cfs = s.cfs.filter((f) => f !== cf);
    });
  }
}

export class FakeExcel {
  syncs = 0;
  handlers: Array<{ sheet: (() => FakeSheet) | null; fn: Handler; live: boolean }> = [];
  /** Listeners outside the Excel API (Common-API bindings) told of every edit. */
  editListeners: Array<(sheet: string, row: number, col: number) => void> = [];

  constructor(
    public wb: FakeWorkbook,
    /** 6 for ExcelApi 1.6 */
    public maxMinor: number,
  ) {}

  register(ctx: FakeContext, sheet: (() => FakeSheet) | null, fn: Handler): EventResult {
    const entry = { sheet, fn, live: false };
    ctx.queue.push(() => {
      entry.live = true;
      this.handlers.push(entry);
    });
    return {
      context: ctx,
      remove: () => ctx.queue.push(() => (this.handlers = this.handlers.filter((h) => h !== entry))),
    };
  }

  /** The clerk types a value: the cell changes and change handlers fire, as Excel would. */
  async edit(sheetName: string, address: string, value: string | number): Promise<void> {
    const s = this.wb.sheet(sheetName)!;
    const r = parseRect(address);
    s.cell(r.top, r.left).value = value;
    for (const l of this.editListeners) l(s.name, r.top, r.left);
    for (const h of this.handlers) {
      if (h.live && (!h.sheet || h.sheet() === s)) await h.fn({ address, worksheetId: s.name });
    }
  }

  /** What `Excel` looks like to the code under test. */
  api(): unknown {
    const run = async <T>(a: unknown, b?: (ctx: FakeContext) => Promise<T>): Promise<T> => {
      const batch = (typeof a === "function" ? a : b) as (ctx: FakeContext) => Promise<T>;
      const ctx = new FakeContext(this);
      const out = await batch(ctx);
      if (ctx.queue.length > 0) throw new Error(`${ctx.queue.length} queued Excel actions were never synced`);
      return out;
    };
    return {
      run,
      ConditionalFormatType: { custom: "Custom" },
      BorderIndex: {
        edgeTop: "EdgeTop",
        edgeBottom: "EdgeBottom",
        edgeLeft: "EdgeLeft",
        edgeRight: "EdgeRight",
        insideHorizontal: "InsideHorizontal",
        insideVertical: "InsideVertical",
      },
      BorderLineStyle: { continuous: "Continuous" },
      VerticalAlignment: { center: "Center" },
    };
  }
}
