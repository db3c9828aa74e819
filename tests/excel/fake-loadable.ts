import { type FakeSheet, type FakeWorkbook, ExcelApiError, type Rect } from "./fake-workbook";

/** The parts of a request context the proxies use; FakeContext in fake-excel.ts is the one implementation. */
export interface ProxyContext {
  queue: Array<() => void>;
  /** Refuses a member (as the simulator's level table names it) above the configured ExcelApi level. */
  need(member: string): void;
  excel: {
    wb: FakeWorkbook;
    register(ctx: ProxyContext, sheet: (() => FakeSheet) | null, fn: Handler): EventResult;
    added(name: string): void;
    registerAdded(ctx: ProxyContext, fn: (e: { worksheetId: string }) => Promise<unknown>): EventResult;
  };
}

export type Handler = (args: { address: string; worksheetId: string }) => Promise<unknown> | void;

export interface EventResult {
  context: ProxyContext;
  remove(): void;
}

export function propsOf(props: unknown): string[] {
  const list = Array.isArray(props) ? props : typeof props === "string" ? props.split(",") : [];
  return list.map((p: string) => p.trim().split("/")[0]).filter((p) => p.length > 0);
}

/** A proxy object: `load` queues a capture of the state at that point; reading before load + sync throws. */
export abstract class Loadable {
  private loaded = new Map<string, unknown>();
  constructor(protected ctx: ProxyContext) {}
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

export function each(rect: Rect, fn: (row: number, col: number) => void): void {
  if ((rect.bottom - rect.top + 1) * (rect.right - rect.left + 1) > 100000) {
    throw new ExcelApiError(
      "ResponsePayloadSizeLimitExceeded",
      "the fake refuses per-cell work on huge ranges",
    );
  }
  for (let r = rect.top; r <= rect.bottom; r++) for (let c = rect.left; c <= rect.right; c++) fn(r, c);
}

export function guardFormat(s: FakeSheet): void {
  if (s.protected && !s.allowFormatCells)
    throw new ExcelApiError("AccessDenied", `sheet ${s.name} is protected`);
}
