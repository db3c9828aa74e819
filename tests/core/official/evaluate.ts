import { dataCells } from "../../../src/core/sample/consistent-figures";
import { type Table } from "../../../src/core/templates";
import { OFFICIAL_RELATIONS, type OfficialRelation } from "./relations";

/** Figures of one table by "rowId.colId"; null is a blank cell. */
export type TableFigures = Record<string, number | null>;

export interface Broken {
  id: string;
  /** The cell a reviewer is sent to. */
  cell: string;
}

/**
 * The relations the figures break, as the formats research reads them (blank counts as 0), written apart from the
 * rules in src/ so that the two can be compared.
 */
export function brokenRelations(
  relations: readonly OfficialRelation[],
  figures: TableFigures,
  context: { prior?: TableFigures; profile?: Record<string, boolean> } = {},
): Broken[] {
  const v = (k: string): number => figures[k] ?? 0;
  const total = (keys: string[]): number => Math.round(keys.reduce((s, k) => s + v(k), 0) * 1e6) / 1e6;
  const out: Broken[] = [];
  for (const r of relations) {
    const at = (cell: string): void => void out.push({ id: r.id, cell });
    switch (r.kind) {
      case "sum":
        if (v(r.total) !== total(r.parts)) at(r.total);
        break;
      case "subset":
        if (v(r.part) > v(r.whole)) at(r.part);
        break;
      case "balance":
        if (total(r.left) !== total(r.right)) at(r.target);
        break;
      case "prior-year": {
        const last = context.prior;
        if (!last || r.prior.some((k) => last[k] === undefined)) break;
        const expected = r.prior.reduce((s, k) => s + (last[k] ?? 0), 0) + total(r.plus) - total(r.minus);
        if (v(r.cell) !== expected) at(r.cell);
        break;
      }
      case "blank-expected":
        for (const k of r.cells) if (figures[k] !== null && figures[k] !== undefined) at(k);
        break;
      case "zero-unless":
        if (context.profile?.[r.unless] !== true) for (const k of r.cells) if (v(k) !== 0) at(k);
        break;
      case "at-least":
        if (r.withoutPrior && context.prior?.[r.cell] !== undefined) break;
        if ([r.cell, ...r.plus, ...r.minus].every((k) => figures[k] === null)) break;
        if (v(r.cell) < total(r.plus) - total(r.minus)) at(r.cell);
        break;
    }
  }
  return out;
}

/** Figures of a table that a clerk could submit: every data cell filled, nothing negative, no official relation broken. */
export function expectConsistent(
  templateId: string,
  table: Table,
  figures: TableFigures,
  context: { prior?: TableFigures; profile?: Record<string, boolean> } = {},
): void {
  expect(Object.keys(figures).sort()).toEqual(
    dataCells(table)
      .map((c) => c.key)
      .sort(),
  );
  expect(brokenRelations(OFFICIAL_RELATIONS[templateId][table.id], figures, context)).toEqual([]);
  for (const x of Object.values(figures)) if (x !== null) expect(x).toBeGreaterThanOrEqual(0);
}
