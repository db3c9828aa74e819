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
  const cfDeletes = useCf
    ? [...state.ours.entries()]
        .filter(([s]) => alive(s))
        .flatMap(([sheet, ids]) => ids.map((id) => ({ sheet, id })))
    : [];
  return {
    cfDeletes,
    restores,
    keep,
    fresh: useCf ? [] : targets.filter((t) => !handled.has(fillKey(t.sheet, t.cell))),
    cfKeep: useCf ? [] : prev.cf.filter((m) => alive(m.sheet)),
  };
}

/** Excel reads "no fill" as white (office-js#6218); putting white back as "no fill" keeps the gridlines. */
function original(color: string | null | undefined): string | null {
  return !color || color.toUpperCase() === "#FFFFFF" ? null : color;
}

async function execute(p: Plan, targets: readonly Target[], useCf: boolean): Promise<Marks> {
  return Excel.run(async (ctx) => {
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
    const added = useCf
      ? groupTargets(targets).map((g) => {
          const cf = sheet(g.sheet)
            .getRange(g.address)
            .conditionalFormats.add(Excel.ConditionalFormatType.custom);
          cf.custom.rule.formula = MARKER_FORMULA;
          cf.custom.format.fill.color = g.color;
          cf.load("id");
          return { g, cf };
        })
      : [];
    await ctx.sync();
    return {
      cf: [...p.cfKeep, ...added.map(({ g, cf }) => ({ sheet: g.sheet, address: g.address, id: cf.id }))],
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
}

/**
 * Replaces our earlier marks by marks on `targets` in one sync: conditional formats with ExcelApi 1.6 (`useCf`),
 * else painted fills with the clerk's own fill kept to put back. An empty `targets` clears.
 */
export async function writeMarks(
  prev: Marks,
  state: MarkState,
  targets: readonly Target[],
  useCf: boolean,
): Promise<Marks> {
  try {
    return await execute(plan(prev, state, targets, useCf), targets, useCf);
  } catch (err) {
    // One of our formats went away since the read (the clerk deleted it): look again and redo.
    if (errorCode(err) !== "ItemNotFound") throw excelError(err, "标记");
    try {
      const again = await readMarkState(prev);
      return await execute(plan(prev, again, targets, useCf), targets, useCf);
    } catch (e) {
      throw excelError(e, "标记");
    }
  }
}
