import { randomInt, type Random } from "./prng";

/** Σleft = Σright: a sum (left is the total) or a balance. */
export interface Equation {
  left: string[];
  right: string[];
}

/** Figures to the cent: decimal cells are amounts in 万元. */
export function round(n: number): number {
  return Math.round(n * 100) / 100;
}

/**
 * Raises cells until every equation holds and no limit's left side exceeds its right side (Σleft ≤ Σright). Only raising keeps every figure non-negative;
 * the cell raised is a free one (not the total of a sum) where possible, so that the change travels up to the totals.
 */
export function settle(
  values: Map<string, number>,
  equations: Equation[],
  limits: Equation[],
  fixed: Set<string>,
  totals: Map<string, number>,
  random: Random,
): void {
  const get = (k: string): number => values.get(k) ?? 0;
  const sumOf = (keys: string[]): number => keys.reduce((s, k) => s + get(k), 0);
  const open = (side: string[]): string[] => side.filter((k) => values.has(k) && !fixed.has(k));
  const raise = (side: string[], by: number): boolean => {
    const free = open(side);
    if (free.length === 0) return false;
    const least = Math.min(...free.map((k) => totals.get(k) ?? 0));
    const choice = free.filter((k) => (totals.get(k) ?? 0) === least);
    const k = choice[randomInt(random, choice.length - 1)];
    values.set(k, round(get(k) + by));
    return true;
  };
  const fixOne = (eq: Equation): boolean => {
    const d = round(sumOf(eq.left) - sumOf(eq.right));
    if (d === 0) return false;
    return d > 0 ? raise(eq.right, d) : raise(eq.left, -d);
  };
  const sums = equations.filter((e) => e.left.length === 1);
  const others = equations.filter((e) => e.left.length !== 1);
  for (let guard = 0; guard < 10000; guard++) {
    let changed = false;
    for (let inner = 0; inner < 1000; inner++) {
      let any = false;
      for (const eq of sums) any = fixOne(eq) || any;
      if (!any) break;
      changed = true;
    }
    // One balance or limit at a time, with the sums brought up to date in between.
    const broken = others.find((eq) => round(sumOf(eq.left) - sumOf(eq.right)) !== 0);
    if (broken && fixOne(broken)) continue;
    const over = limits.find((l) => sumOf(l.left) > sumOf(l.right) && open(l.right).length > 0);
    if (over && raise(over.right, round(sumOf(over.left) - sumOf(over.right)))) continue;
    if (!changed) return;
  }
}
