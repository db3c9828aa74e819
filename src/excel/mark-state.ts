import { errorCode } from "./errors";
import { fillKey, type Marks } from "./memory";
import { excelApi } from "./office-env";

/** Every conditional format we add carries this always-true formula, so ours are told apart from the clerk's. */
export const MARKER_FORMULA = '=N("年报助手")=0';

/** What our earlier marks look like now, read in the same sync as the values. */
export interface MarkState {
  /** All sheet names of the workbook. */
  names: string[];
  /** Sheets whose marks were read. */
  covered: Set<string>;
  /** Current fill colour of each cell we painted (fillKey). */
  fills: Map<string, string>;
  /** Ids of our conditional formats per sheet, as read (Excel's ids are priorities, valid until a rule changes). */
  ours: Map<string, string[]>;
}

function isMarker(formula: string | undefined): boolean {
  return !!formula && formula.replace(/\s/g, "").toUpperCase() === MARKER_FORMULA.toUpperCase();
}

export function emptyState(names: string[]): MarkState {
  return { names, covered: new Set(), fills: new Map(), ours: new Map() };
}

/** Queues loads of our marks on `sheets`; the returned function fills `state` after the sync. */
export function queueMarkState(
  ctx: Excel.RequestContext,
  marks: Marks,
  sheets: readonly string[],
  state: MarkState,
): () => void {
  const wanted = new Set(sheets);
  const fills = marks.fill
    .filter((m) => wanted.has(m.sheet))
    .map((m) => {
      const fill = ctx.workbook.worksheets.getItem(m.sheet).getRange(m.cell).format.fill;
      fill.load("color");
      return { key: fillKey(m.sheet, m.cell), fill };
    });
  // Any sheet read may hold our formats: a marked sheet may have been renamed since, and a workbook saved
  // elsewhere may have lost the settings that list them. Ours are known by their formula.
  const cfSheets = excelApi("1.6") ? [...wanted] : [];
  const lists = cfSheets.map((sheet) => {
    const list = ctx.workbook.worksheets.getItem(sheet).getRange().conditionalFormats;
    list.load("items/id,items/type,items/customOrNullObject/rule/formula");
    return { sheet, list };
  });
  return () => {
    for (const s of wanted) state.covered.add(s);
    for (const f of fills) state.fills.set(f.key, f.fill.color);
    for (const { sheet, list } of lists) {
      const ids = list.items
        .filter((cf) => cf.type === "Custom" && !cf.customOrNullObject.isNullObject)
        .filter((cf) => isMarker(cf.customOrNullObject.rule.formula))
        .map((cf) => cf.id);
      state.ours.set(sheet, ids);
    }
  };
}

/** Whether `state` tells the present look of every mark, so a write can go without another read. */
export function stateCovers(state: MarkState | null, marks: Marks): state is MarkState {
  if (!state) return false;
  const marked = markedSheets(marks);
  if (marked.some((s) => !state.names.includes(s))) return state.names.every((n) => state.covered.has(n));
  return marked.every((s) => state.covered.has(s));
}

function markedSheets(marks: Marks): string[] {
  return [...new Set([...marks.fill.map((m) => m.sheet), ...marks.cf.map((m) => m.sheet)])];
}

/**
 * Reads the state of our marks on its own: one sync when the marked sheets are still there under their names,
 * else a second one over every sheet (a marked sheet may have been renamed).
 */
export async function readMarkState(marks: Marks): Promise<MarkState> {
  if (marks.cf.length === 0 && marks.fill.length === 0) return emptyState([]);
  const marked = markedSheets(marks);
  return Excel.run(async (ctx) => {
    const worksheets = ctx.workbook.worksheets;
    worksheets.load("items/name");
    const state = emptyState([]);
    // Asking for the marked sheets by name fails the batch if one is gone: then every sheet is looked at.
    const finish = queueMarkState(ctx, marks, marked, state);
    try {
      await ctx.sync();
      finish();
      state.names = worksheets.items.map((s) => s.name);
      return state;
    } catch (err) {
      if (errorCode(err) !== "ItemNotFound") throw err;
    }
    const names = ctx.workbook.worksheets.load("items/name");
    await ctx.sync();
    const again = emptyState(names.items.map((s) => s.name));
    const last = queueMarkState(ctx, marks, again.names, again);
    await ctx.sync();
    last();
    return again;
  });
}
