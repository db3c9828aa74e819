import { API_LEVELS, ARGUMENT_LEVELS, atLeast } from "../../tools/excel-sim/api-levels";
import { Loadable, type EventResult, type Handler, type ProxyContext } from "./fake-loadable";
import { RangeProxy } from "./fake-range";
import { ExcelApiError, type FakeSheet, type FakeWorkbook, parseRect, WHOLE_SHEET } from "./fake-workbook";

/**
 * A strict stand-in for the Excel JavaScript API over a FakeWorkbook: actions are queued and run in order at
 * `sync()`, loads capture the state at their place in the queue, properties throw when read before load + sync,
 * a failing action aborts the rest of the batch, and members above the configured ExcelApi version throw.
 */
export class FakeContext implements ProxyContext {
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
  /** The levels are the simulator's (tools/excel-sim/api-levels.ts), so the two cannot disagree. */
  need(member: string): void {
    const level = API_LEVELS[member] ?? ARGUMENT_LEVELS[member];
    if (!level) throw new Error(`the fake has no ExcelApi level for ${member}`);
    if (!atLeast(`1.${this.excel.maxMinor}`, level))
      throw new ExcelApiError("ApiNotFound", `${member} needs ExcelApi ${level}`);
  }
}

class WorkbookProxy {
  readonly worksheets: WorksheetsProxy;
  constructor(private ctx: FakeContext) {
    this.worksheets = new WorksheetsProxy(ctx);
  }
  get settings(): SettingsProxy {
    this.ctx.need("Workbook.settings");
    return new SettingsProxy(this.ctx);
  }
}

/** workbook.settings (ExcelApi 1.4): the same store as Office.context.document.settings, kept in the file. */
class SettingsProxy {
  constructor(private ctx: FakeContext) {}
  getItemOrNullObject(key: string): SettingProxy {
    return new SettingProxy(this.ctx, key);
  }
  add(key: string, value: unknown): SettingProxy {
    this.ctx.queue.push(() => this.ctx.excel.settings.write(key, value));
    return new SettingProxy(this.ctx, key);
  }
}

class SettingProxy extends Loadable {
  constructor(
    ctx: FakeContext,
    private key: string,
  ) {
    super(ctx);
  }
  protected snapshot(): Record<string, unknown> {
    const value = (this.ctx as FakeContext).excel.settings.read(this.key);
    return { value, isNullObject: value === undefined };
  }
  get value(): unknown {
    return this.got("value");
  }
  get isNullObject(): boolean {
    return this.got("isNullObject");
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
      this.ctx.excel.added(name);
    });
    return this.getItem(name);
  }
  get onChanged(): { add(h: Handler): EventResult } {
    this.ctx.need("WorksheetCollection.onChanged");
    return { add: (h) => this.ctx.excel.register(this.ctx, null, h) };
  }
  get onAdded(): { add(h: (e: { worksheetId: string }) => Promise<unknown>): EventResult } {
    this.ctx.need("WorksheetCollection.onAdded");
    return { add: (h) => this.ctx.excel.registerAdded(this.ctx, h) };
  }
}

class WorksheetProxy extends Loadable {
  constructor(
    ctx: ProxyContext,
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
    if (valuesOnly !== undefined) this.ctx.need("Worksheet.getUsedRange(valuesOnly)");
    return new RangeProxy(this.ctx, this.resolve, () => this.resolve().usedRect(!!valuesOnly));
  }
  set visibility(v: string) {
    this.ctx.need("Worksheet.visibility=");
    this.ctx.queue.push(() => void (this.resolve().hidden = v === "Hidden"));
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
    this.ctx.need("Worksheet.onChanged");
    return { add: (h) => this.ctx.excel.register(this.ctx, this.resolve, h) };
  }
}

class ProtectionProxy extends Loadable {
  constructor(
    ctx: ProxyContext,
    private sheet: () => FakeSheet,
  ) {
    super(ctx);
  }
  protected snapshot(): Record<string, unknown> {
    this.ctx.need("Worksheet.protection");
    return { protected: this.sheet().protected };
  }
  get protected(): boolean {
    return this.got("protected");
  }
  protect(options?: { allowFormatCells?: boolean }): void {
    this.ctx.need("WorksheetProtection.protect");
    this.ctx.queue.push(() => {
      const s = this.sheet();
      s.protected = true;
      s.allowFormatCells = !!options?.allowFormatCells;
    });
  }
}

export class FakeExcel {
  syncs = 0;
  handlers: Array<{ sheet: (() => FakeSheet) | null; fn: Handler; live: boolean }> = [];
  /** Listeners outside the Excel API (Common-API bindings) told of every edit. */
  editListeners: Array<(sheet: string, row: number, col: number) => void> = [];

  /** The add-in's settings in the workbook; FakeOffice connects them to Office.context.document.settings. */
  settings: { read(key: string): unknown; write(key: string, value: unknown): void } = {
    read: () => undefined,
    write: () => undefined,
  };

  constructor(
    public wb: FakeWorkbook,
    /** 6 for ExcelApi 1.6 */
    public maxMinor: number,
  ) {}

  register(ctx: ProxyContext, sheet: (() => FakeSheet) | null, fn: Handler): EventResult {
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

  private addedHandlers: Array<(e: { worksheetId: string }) => Promise<unknown>> = [];

  registerAdded(ctx: ProxyContext, fn: (e: { worksheetId: string }) => Promise<unknown>): EventResult {
    ctx.queue.push(() => void this.addedHandlers.push(fn));
    return {
      context: ctx,
      remove: () => ctx.queue.push(() => (this.addedHandlers = this.addedHandlers.filter((h) => h !== fn))),
    };
  }

  /** Excel raises onAdded after the batch that added the sheet; the fake's sheet ids are the names. */
  added(name: string): void {
    for (const h of this.addedHandlers) setTimeout(() => void h({ worksheetId: name }), 0);
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
      ClearApplyTo: { contents: "Contents" },
      SheetVisibility: { hidden: "Hidden" },
      createWorkbook: async (base64?: string) => {
        if (this.maxMinor < 8) throw new ExcelApiError("ApiNotFound", "createWorkbook needs ExcelApi 1.8");
        this.wb.created.push(base64 ?? "");
      },
    };
  }
}
