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
 * Raises cells until every equation and every subset holds. Only raising keeps every figure non-negative;
 * the cell raised is a free one (not the total of a sum) where possible, so that the change travels up to the totals.
 */
export function settle(
  values: Map<string, number>,
  equations: Equation[],
  subsets: Array<[string, string]>,
  fixed: Set<string>,
  totals: Map<string, number>,
  random: Random,
): void {
  const get = (k: string): number => values.get(k) ?? 0;
  const sumOf = (keys: string[]): number => keys.reduce((s, k) => s + get(k), 0);
  const raise = (side: string[], by: number): boolean => {
    const open = side.filter((k) => values.has(k) && !fixed.has(k));
    if (open.length === 0) return false;
    const least = Math.min(...open.map((k) => totals.get(k) ?? 0));
    const choice = open.filter((k) => (totals.get(k) ?? 0) === least);
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
    // One balance or subset at a time, with the sums brought up to date in between.
    const broken = others.find((eq) => round(sumOf(eq.left) - sumOf(eq.right)) !== 0);
    if (broken && fixOne(broken)) continue;
    const over = subsets.find(([part, whole]) => get(part) > get(whole) && !fixed.has(whole));
    if (over) {
      values.set(over[1], get(over[0]));
      continue;
    }
    if (!changed) return;
  }
}
