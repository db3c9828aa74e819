import { guardFormat, Loadable, type ProxyContext } from "./fake-loadable";
import { type RangeProxy } from "./fake-range";
import { ExcelApiError, type FakeCf, overlaps } from "./fake-workbook";

/** Conditional formats of a range: custom-formula ones, the only kind the add-in makes. */
export class CfCollectionProxy extends Loadable {
  constructor(
    ctx: ProxyContext,
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
    let made: string | null = null;
    this.ctx.queue.push(() => {
      const s = this.range.sheet();
      guardFormat(s);
      made = this.ctx.excel.wb.nextCfId();
      // As in Excel (and tools/excel-sim): a new rule goes to the top, priority 0.
      s.cfs.unshift({ id: made, rect: this.range.rect(), formula: "", color: "" });
    });
    return new CfProxy(this.ctx, () => {
      const s = this.range.sheet();
      return s.cfs.find((cf) => cf.id === made)!;
    });
  }
  /** Excel's id is the rule's priority, its place in the sheet's list when the batch reaches this call. */
  getItem(id: string): CfProxy {
    return new CfProxy(this.ctx, () => {
      const s = this.range.sheet();
      const at = s.cfs[Number(id)];
      const cf = at && overlaps(at.rect, this.range.rect()) ? at : undefined;
      if (!cf) throw new ExcelApiError("ItemNotFound", `no conditional format ${id}`);
      return cf;
    });
  }
}

class CfProxy extends Loadable {
  constructor(
    ctx: ProxyContext,
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
    const sheet = this.ctx.excel.wb.sheets.find((s) => s.cfs.includes(cf));
    return {
      id: String(sheet ? sheet.cfs.indexOf(cf) : -1),
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
