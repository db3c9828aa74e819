import { cellKey } from "../locate/locate-table";
import { type Figures, type Profile } from "../rules/context";
import { relationConstraints } from "../rules";
import { compileRelations } from "../rules/expand";
import { priorTable } from "../rules/prior-year";
import { type Table, type Template } from "../templates/schema";
import { type Constraint } from "./constraint";
import { randomInt, type Random, seededRandom } from "./prng";
import { type Equation, round, settle } from "./settle";

export interface SampleOptions {
  /** Largest starting figure of a free cell; totals grow from the parts. */
  max?: number;
  /** Share of free cells that start at 0, as real reports have many empty lines. */
  zeroShare?: number;
  /** A rule-making body: its zero-unless cells (规章) get figures too. */
  profile?: Profile;
  /** Last year's figures: this year's then follow from them (上年结转 = last year's 结转, 现行有效 rolls forward). */
  prior?: Figures;
}

/** Every data cell of a table as "rowId.colId", with whether it takes decimals. */
export function dataCells(table: Table): Array<{ key: string; decimal: boolean }> {
  return table.blocks.flatMap((b) =>
    b.rows
      .filter((r) => r.hasData)
      .flatMap((r) =>
        b.columns.map((c) => ({ key: cellKey(r.id, c.id), decimal: (r.type ?? c.type) === "decimal" })),
      ),
  );
}

/** What the table's relations ask of its figures. */
function constraints(table: Table): Constraint[] {
  return compileRelations(table).flatMap(relationConstraints);
}

function fill(table: Table, value: number | null): Record<string, number | null> {
  const out: Record<string, number | null> = {};
  for (const { key } of dataCells(table)) out[key] = value;
  for (const c of constraints(table))
    if (c.kind === "blank") for (const k of c.cells) if (k in out) out[k] = null;
  return out;
}

/** Every data cell blank: a form nobody has filled in. */
export function emptyFigures(template: Template): Figures {
  return Object.fromEntries(template.tables.map((t) => [t.id, fill(t, null)]));
}

/** Every data cell 0 (rows that should stay blank stay blank): a body with nothing to report. */
export function zeroFigures(template: Template): Figures {
  return Object.fromEntries(template.tables.map((t) => [t.id, fill(t, 0)]));
}

/** Sets the cells that last year's report determines and keeps them (and their terms) from being changed. */
function followPrior(table: Table, prior: Figures, values: Map<string, number>, fixed: Set<string>): void {
  const last = priorTable(prior, table.id);
  if (!last) return;
  const sum = (keys: string[]): number => keys.reduce((s, k) => s + (values.get(k) ?? 0), 0);
  for (const r of constraints(table)) {
    if (r.kind !== "from-prior" || fixed.has(r.cell) || !values.has(r.cell)) continue;
    if (r.prior.some((k) => last[k] === undefined)) continue;
    const base = r.prior.reduce((s, k) => s + (last[k] ?? 0), 0);
    // Nothing can be removed that was not there: fewer removals keep the figure non-negative.
    if (base + sum(r.plus) - sum(r.minus) < 0) for (const k of r.minus) if (!fixed.has(k)) values.set(k, 0);
    values.set(r.cell, round(base + sum(r.plus) - sum(r.minus)));
    for (const k of [r.cell, ...r.plus, ...r.minus]) fixed.add(k);
  }
}

function tableFigures(table: Table, random: Random, options: SampleOptions): Record<string, number | null> {
  const max = options.max ?? 30;
  const zeroShare = options.zeroShare ?? 0.3;
  const cells = dataCells(table);
  const values = new Map<string, number>();
  const fixed = new Set<string>();
  const blank = new Set<string>();
  const equations: Equation[] = [];
  const limits: Equation[] = [];
  const totals = new Map<string, number>();
  const related = new Set<string>();
  for (const c of constraints(table)) {
    if (c.kind === "equal") {
      equations.push({ left: c.left, right: c.right });
      // A sum's total grows from its parts.
      if (c.left.length === 1) totals.set(c.left[0], (totals.get(c.left[0]) ?? 0) + 1);
      [...c.left, ...c.right].forEach((k) => related.add(k));
    } else if (c.kind === "at-most") {
      limits.push({ left: c.small, right: c.large });
      [...c.small, ...c.large].forEach((k) => related.add(k));
    } else if (c.kind === "blank") {
      c.cells.forEach((k) => blank.add(k));
    } else if (c.kind === "zero" && options.profile?.[c.unless] !== true) {
      c.cells.forEach((k) => fixed.add(k));
    }
  }
  for (const { key, decimal } of cells) {
    if (blank.has(key)) continue;
    if (fixed.has(key) || totals.has(key) || random() < zeroShare) {
      values.set(key, 0);
      continue;
    }
    // Decimals only where no sum needs whole numbers.
    const cents = decimal && !related.has(key) ? randomInt(random, 99) / 100 : 0;
    values.set(key, randomInt(random, max) + cents);
  }
  for (const key of blank) fixed.add(key);
  if (options.prior) followPrior(table, options.prior, values, fixed);
  settle(values, equations, limits, fixed, totals, random);
  const out: Record<string, number | null> = {};
  for (const { key } of cells) out[key] = blank.has(key) ? null : (values.get(key) ?? 0);
  return out;
}

/**
 * Figures for every data cell of every table of the template that satisfy its sums, balances and subsets,
 * worked out from the template's relations alone; the same seed always gives the same figures.
 */
export function consistentFigures(template: Template, seed: number, options: SampleOptions = {}): Figures {
  const random = seededRandom(seed);
  return Object.fromEntries(template.tables.map((t) => [t.id, tableFigures(t, random, options)]));
}
