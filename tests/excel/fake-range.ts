import { rangeA1 } from "../../src/core/grid";
import { CfCollectionProxy } from "./fake-cf";
import { each, guardFormat, Loadable, type ProxyContext } from "./fake-loadable";
import { ExcelApiError, type FakeSheet, overlaps, type Rect, WHOLE_SHEET } from "./fake-workbook";

/** Range, its format (fill, font, borders, protection) and merged areas over a FakeSheet. */
export class RangeProxy extends Loadable {
  constructor(
    ctx: ProxyContext,
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
  set numberFormat(v: string[][]) {
    this.ctx.queue.push(() => {
      const s = this.sheet();
      const r = this.rect();
      each(r, (row, c) => void (s.cell(row, c).numberFormat = v[row - r.top][c - r.left]));
    });
  }
  clear(applyTo?: string): void {
    if (applyTo !== "Contents") throw new Error("the fake clears contents only");
    this.ctx.queue.push(() => {
      const s = this.sheet();
      each(this.rect(), (row, c) => {
        const cell = s.peek(row, c);
        if (cell) cell.value = "";
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
    this.ctx.need("Range.conditionalFormats");
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
    this.ctx.need("Range.merge");
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
    this.ctx.need("Range.getMergedAreasOrNullObject");
    return new MergedAreasProxy(this.ctx, this);
  }
}

class MergedAreasProxy extends Loadable {
  constructor(
    ctx: ProxyContext,
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
    private ctx: ProxyContext,
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
    this.ctx.need("RangeFormat.columnWidth");
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
    ctx: ProxyContext,
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
    ctx: ProxyContext,
    private range: RangeProxy,
  ) {
    super(ctx);
  }
  protected snapshot(): Record<string, unknown> {
    this.ctx.need("RangeFormat.protection");
    const s = this.range.sheet();
    const all = new Set<boolean>();
    each(this.range.rect(), (r, c) => void all.add(s.peek(r, c)?.locked ?? true));
    return { locked: all.size === 1 ? [...all][0] : null };
  }
  get locked(): boolean {
    return this.got("locked");
  }
  set locked(v: boolean) {
    this.ctx.need("RangeFormat.protection");
    this.ctx.queue.push(() => {
      const s = this.range.sheet();
      each(this.range.rect(), (r, c) => void (s.cell(r, c).locked = v));
    });
  }
}
