import { type SheetMemory } from "./memory";
import { commonApi, excelApi } from "./office-env";

type Unsubscribe = () => void;

const BINDING_PREFIX = "nianbao_";

/** ExcelApi 1.7+: worksheet change events; on 1.9 one event for the whole workbook, else one per sheet. */
function subscribeSheets(callback: () => void, memory: SheetMemory | null): Unsubscribe {
  const handlers: Array<{ context: OfficeExtension.ClientRequestContext; remove(): void }> = [];
  let gone = false;
  const onChanged = async (): Promise<void> => {
    if (!gone) callback();
  };
  // A sheet added later (a blank template the clerk then fills in) gets its own change handler.
  const onAdded = async (e: Excel.WorksheetAddedEventArgs): Promise<void> => {
    if (gone) return;
    await Excel.run(async (ctx) => {
      handlers.push(ctx.workbook.worksheets.getItem(e.worksheetId).onChanged.add(onChanged));
      await ctx.sync();
    }).catch(() => undefined);
  };
  const ready = Excel.run(async (ctx) => {
    const worksheets = ctx.workbook.worksheets;
    if (excelApi("1.9")) handlers.push(worksheets.onChanged.add(onChanged));
    else {
      worksheets.load("items/name");
      await ctx.sync();
      const bound = memory?.bound ?? [];
      for (const sheet of worksheets.items) {
        if (bound.length === 0 || bound.includes(sheet.name)) handlers.push(sheet.onChanged.add(onChanged));
      }
      handlers.push(worksheets.onAdded.add(onAdded));
    }
    await ctx.sync();
  }).catch(() => undefined);
  return () => {
    gone = true;
    void ready.then(() =>
      Promise.all(
        handlers.map((h) =>
          Excel.run(h.context, async (ctx) => {
            h.remove();
            await ctx.sync();
          }).catch(() => undefined),
        ),
      ),
    );
  };
}

function bindRange(
  id: string,
  address: string,
  handler: (e: Office.BindingDataChangedEventArgs) => void,
): void {
  Office.context.document.bindings.addFromNamedItemAsync(address, Office.BindingType.Matrix, { id }, (r) => {
    if (r.status === Office.AsyncResultStatus.Succeeded) {
      r.value.addHandlerAsync(Office.EventType.BindingDataChanged, handler);
    }
  });
}

/**
 * Before ExcelApi 1.7: Common-API matrix bindings over the bound tables' used ranges raise BindingDataChanged.
 * The ranges are known only after a read, so `bind` is called again after each one.
 */
export class LegacyBindings {
  private callbacks = new Set<() => void>();
  private bound = new Map<string, string>();

  subscribe(callback: () => void, memory: SheetMemory | null): Unsubscribe {
    this.callbacks.add(callback);
    this.bind(memory);
    return () => {
      this.callbacks.delete(callback);
      if (this.callbacks.size === 0) this.release();
    };
  }

  bind(memory: SheetMemory | null): void {
    if (this.callbacks.size === 0 || !memory) return;
    memory.bound.forEach((sheet, i) => {
      const address = memory.ranges[sheet];
      const id = `${BINDING_PREFIX}${i}`;
      if (!address || this.bound.get(id) === address) return;
      this.bound.set(id, address);
      bindRange(id, address, () => this.callbacks.forEach((cb) => cb()));
    });
  }

  private release(): void {
    for (const id of this.bound.keys()) Office.context.document.bindings.releaseByIdAsync(id);
    this.bound.clear();
  }
}

export function changeEventsSupported(): boolean {
  return excelApi("1.7") || (commonApi("BindingEvents") && commonApi("MatrixBindings"));
}

export function subscribeChanges(
  callback: () => void,
  memory: SheetMemory | null,
  legacy: LegacyBindings,
): Unsubscribe {
  if (excelApi("1.7")) return subscribeSheets(callback, memory);
  if (changeEventsSupported()) return legacy.subscribe(callback, memory);
  return () => undefined;
}
