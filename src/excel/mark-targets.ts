import { fromA1, toA1 } from "../core/grid";
import { type Highlight } from "../core/host";

/** Light red for errors, light yellow for warnings: Excel's own "bad" and "neutral" cell styles. */
export const MARK_COLORS = { error: "#FFC7CE", warning: "#FFEB9C" } as const;

export interface Target {
  sheet: string;
  cell: string;
  color: string;
}

/** One target per cell; an error outranks a warning on the same cell. Notes (info) are not painted. */
export function targetsOf(highlights: readonly Highlight[]): Target[] {
  const byCell = new Map<string, Target>();
  for (const h of highlights) {
    if (h.severity === "info") continue;
    const cell = h.cell.replace(/\$/g, "").toUpperCase();
    const key = `${h.sheet}!${cell}`;
    const color = MARK_COLORS[h.severity];
    const had = byCell.get(key);
    if (!had || color === MARK_COLORS.error) byCell.set(key, { sheet: h.sheet, cell, color });
  }
  return [...byCell.values()];
}

export interface TargetGroup {
  sheet: string;
  address: string;
  color: string;
}

/** Runs of vertically adjacent cells of one colour become one range, so a check adds few conditional formats. */
export function groupTargets(targets: readonly Target[]): TargetGroup[] {
  const cells = targets
    .map((t) => ({ ...t, pos: fromA1(t.cell) }))
    .sort((a, b) =>
      a.sheet !== b.sheet
        ? a.sheet.localeCompare(b.sheet)
        : a.color !== b.color
          ? a.color.localeCompare(b.color)
          : a.pos.col - b.pos.col || a.pos.row - b.pos.row,
    );
  const out: TargetGroup[] = [];
  let run: { sheet: string; color: string; col: number; top: number; bottom: number } | null = null;
  const flush = (): void => {
    if (!run) return;
    const a = toA1(run.top, run.col);
    const b = toA1(run.bottom, run.col);
    out.push({ sheet: run.sheet, color: run.color, address: a === b ? a : `${a}:${b}` });
  };
  for (const c of cells) {
    if (
      run &&
      run.sheet === c.sheet &&
      run.color === c.color &&
      run.col === c.pos.col &&
      run.bottom + 1 === c.pos.row
    ) {
      run.bottom = c.pos.row;
      continue;
    }
    flush();
    run = { sheet: c.sheet, color: c.color, col: c.pos.col, top: c.pos.row, bottom: c.pos.row };
  }
  flush();
  return out;
}

export function sameColor(a: string | null | undefined, b: string | null | undefined): boolean {
  return !!a && !!b && a.toUpperCase() === b.toUpperCase();
}
