import { errorCode, excelError } from "./errors";
import { MARKER_FORMULA, type MarkState, readMarkState } from "./mark-state";
import { groupTargets, sameColor, type Target } from "./mark-targets";
import { type CfMark, fillKey, type FillMark, type Marks } from "./memory";

interface Plan {
  cfDeletes: Array<{ sheet: string; id: string }>;
  /** Our fills to take off, putting the clerk's fill back. */
  restores: FillMark[];
  /** Our fills that stay, maybe in another colour. */
  keep: FillMark[];
  /** Cells to snapshot and paint. */
  fresh: Target[];
  cfKeep: CfMark[];
}

function plan(prev: Marks, state: MarkState, targets: readonly Target[], useCf: boolean): Plan {
  const alive = (sheet: string): boolean => state.names.includes(sheet);
  const wanted = new Map(targets.map((t) => [fillKey(t.sheet, t.cell), t]));
  const handled = new Set<string>();
  const restores: FillMark[] = [];
  const keep: FillMark[] = [];
  for (const m of prev.fill) {
    const key = fillKey(m.sheet, m.cell);
    // A cell the clerk refilled since we marked it is theirs now: leave it as it is.
    if (!alive(m.sheet) || !sameColor(state.fills.get(key), m.mark)) continue;
    const t = wanted.get(key);
    if (t && !useCf) {
      keep.push({ ...m, mark: t.color });
      handled.add(key);
    } else restores.push(m);
  }
  // Excel's id is the rule's priority: deleting "0" makes "1" the new "0". Deleting from the highest priority
  // number down leaves the ids still to delete where they were, so no other rule (the clerk's) is hit.
  const cfDeletes = useCf
    ? [...state.ours.entries()]
        .filter(([s]) => alive(s))
        .flatMap(([sheet, ids]) => [...ids].sort(byPriorityDown).map((id) => ({ sheet, id })))
    : [];
  return {
    cfDeletes,
    restores,
    keep,
    fresh: useCf ? [] : targets.filter((t) => !handled.has(fillKey(t.sheet, t.cell))),
    cfKeep: useCf ? [] : prev.cf.filter((m) => alive(m.sheet)),
  };
}

function byPriorityDown(a: string, b: string): number {
  const na = Number(a);
  const nb = Number(b);
  return Number.isNaN(na) || Number.isNaN(nb) ? 0 : nb - na;
}

/** Writes the marks to keep into the same batch (ExcelApi 1.4 settings); absent: the caller keeps them. */
export type Persist = (ctx: Excel.RequestContext, marks: Marks) => void;

/** Excel reads "no fill" as white (office-js#6218); putting white back as "no fill" keeps the gridlines. */
function original(color: string | null | undefined): string | null {
  return !color || color.toUpperCase() === "#FFFFFF" ? null : color;
}

async function execute(
  p: Plan,
  targets: readonly Target[],
  useCf: boolean,
  persist?: Persist,
): Promise<Marks> {
  const next = await Excel.run(async (ctx) => {
    const sheet = (name: string): Excel.Worksheet => ctx.workbook.worksheets.getItem(name);
    for (const d of p.cfDeletes) sheet(d.sheet).getRange().conditionalFormats.getItem(d.id).delete();
    for (const r of p.restores) {
      const fill = sheet(r.sheet).getRange(r.cell).format.fill;
      if (r.original === null) fill.clear();
      else fill.color = r.original;
    }
    for (const k of p.keep) sheet(k.sheet).getRange(k.cell).format.fill.color = k.mark;
    // The snapshot load is queued before the paint on another proxy, so it sees the clerk's fill.
    const snaps = p.fresh.map((t) => {
      const snap = sheet(t.sheet).getRange(t.cell).format.fill;
      snap.load("color");
      sheet(t.sheet).getRange(t.cell).format.fill.color = t.color;
      return { t, snap };
    });
    const added = useCf ? groupTargets(targets) : [];
    for (const g of added) {
      const cf = sheet(g.sheet)
        .getRange(g.address)
        .conditionalFormats.add(Excel.ConditionalFormatType.custom);
      cf.custom.rule.formula = MARKER_FORMULA;
      cf.custom.format.fill.color = g.color;
    }
    const cf = [...p.cfKeep, ...added.map((g) => ({ sheet: g.sheet, address: g.address }))];
    // Without fresh fills the marks are known before the sync and are stored by the same batch.
    if (persist && snaps.length === 0) persist(ctx, { cf, fill: p.keep });
    await ctx.sync();
    return {
      cf,
      fill: [
        ...p.keep,
        ...snaps.map(({ t, snap }) => ({
          sheet: t.sheet,
          cell: t.cell,
          original: original(snap.color),
          mark: t.color,
        })),
      ],
    };
  });
  // A painted cell's own fill is known only after the sync that read it: stored by one more (before ExcelApi 1.6).
  if (persist && p.fresh.length > 0) {
    await Excel.run(async (ctx) => {
      persist(ctx, next);
      await ctx.sync();
    });
  }
  return next;
}

/**
 * Replaces our earlier marks by marks on `targets` in one sync: conditional formats with ExcelApi 1.6 (`useCf`),
 * else painted fills with the clerk's own fill kept to put back. An empty `targets` clears. With `persist` the
 * marks are stored by Excel in the same batch when they are known before it (always with conditional formats).
 */
export async function writeMarks(
  prev: Marks,
  state: MarkState,
  targets: readonly Target[],
  useCf: boolean,
  persist?: Persist,
): Promise<Marks> {
  try {
    return await execute(plan(prev, state, targets, useCf), targets, useCf, persist);
  } catch (err) {
    // One of our formats went away since the read (the clerk deleted it): look again and redo.
    if (errorCode(err) !== "ItemNotFound") throw excelError(err, "标记");
    try {
      const again = await readMarkState(prev);
      return await execute(plan(prev, again, targets, useCf), targets, useCf, persist);
    } catch (e) {
      throw excelError(e, "标记");
    }
  }
}
