import { type TableFigures } from "./evaluate";
import { APPLICANTS, range, RESULTS_2019, RESULTS_2021 } from "./relations";

/**
 * Consistent figures for every data cell of the official tables, worked out by hand from the formats research
 * (FORMATS.md a, b, c) — not by the engine's sample generator — for the rule tests' forms. Every figure is a
 * non-negative integer except the amounts in 万元; 规章 stays 0 (a body that does not make 规章).
 */
export type Figures = Record<string, TableFigures>;

/** mulberry32: small, seeded, and ours. */
function dice(seed: number): (max: number) => number {
  let a = seed >>> 0;
  return (max) => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    const r = ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    return Math.floor(r * (max + 1));
  };
}

type Roll = (max: number) => number;
/** A count that is 0 about a third of the time, as in real tables. */
const count = (roll: Roll, max: number): number => (roll(2) === 0 ? 0 : roll(max));
const add = (f: TableFigures, keys: string[]): number => keys.reduce((s, k) => s + (f[k] ?? 0), 0);

function table3(roll: Roll, results: string[]): TableFigures {
  const f: TableFigures = {};
  for (const c of APPLICANTS) {
    for (const r of results) f[`${r}.${c}`] = count(roll, 9);
    f[`r3_7_total.${c}`] = add(
      f,
      results.map((r) => `${r}.${c}`),
    );
    // 一 + 二 = （七）总计 + 四: 四 and 二 first, 一 is what is left (never negative).
    f[`r4_carry_out.${c}`] = count(roll, 4);
    const handled = f[`r3_7_total.${c}`]! + f[`r4_carry_out.${c}`]!;
    f[`r2_carry_in.${c}`] = roll(handled);
    f[`r1_new.${c}`] = handled - f[`r2_carry_in.${c}`]!;
  }
  for (const r of ["r1_new", "r2_carry_in", ...results, "r3_7_total", "r4_carry_out"])
    f[`${r}.total`] = add(
      f,
      APPLICANTS.map((c) => `${r}.${c}`),
    );
  return f;
}

function table4(roll: Roll): TableFigures {
  const f: TableFigures = {};
  for (const g of ["fy", "ss_direct", "ss_after"]) {
    const parts = ["wc", "jz", "qt", "wsj"].map((p) => `cases.${g}_${p}`);
    for (const p of parts) f[p] = count(roll, 3);
    f[`cases.${g}_total`] = add(f, parts);
  }
  return f;
}

function gov2021(roll: Roll): Figures {
  const made = count(roll, 30);
  const repealed = count(roll, 30);
  return {
    t2021_2: {
      "gz.made": 0,
      "gz.repealed": 0,
      "gz.valid": 0,
      "xzgfxwj.made": made,
      "xzgfxwj.repealed": repealed,
      // At least what was made this year and not repealed, plus older documents still in force.
      "xzgfxwj.valid": Math.max(0, made - repealed) + roll(200),
      "xzxk.decisions": count(roll, 500),
      "xzcf.decisions": count(roll, 500),
      "xzqz.decisions": count(roll, 50),
      "xzsyxsf.amount": count(roll, 5000) + roll(99) / 100,
    },
    t2021_3: table3(roll, RESULTS_2021),
    t2021_4: table4(roll),
  };
}

function gov2019(roll: Roll): Figures {
  const t2: TableFigures = { "gz.new_made": 0, "gz.new_published": 0, "gz.total_published": 0 };
  t2["gfxwj.new_made"] = count(roll, 30);
  t2["gfxwj.new_published"] = count(roll, 30);
  t2["gfxwj.total_published"] = t2["gfxwj.new_published"] + roll(200);
  for (const row of ["xzxk", "qtdwglfw", "xzcf", "xzqz"])
    for (const col of ["prev_items", "change", "decisions"]) t2[`${row}.${col}`] = count(roll, 100);
  t2["xzsyxsf.prev_items"] = count(roll, 20);
  t2["xzsyxsf.change"] = count(roll, 5);
  t2["zfjzcg.purchases"] = count(roll, 40);
  t2["zfjzcg.amount"] = count(roll, 900) + roll(99) / 100;
  return { t2019_2: t2, t2019_3: table3(roll, RESULTS_2019), t2019_4: table4(roll) };
}

function pre2019(roll: Roll): Figures {
  const f: TableFigures = { "P1.value": null, "P2.value": null, "P3.value": null, "P10.value": null };
  const put = (row: string, n: number): number => (f[`${row}.value`] = n);
  const total = (row: string, parts: string[]): number => {
    for (const p of parts) if (f[`${p}.value`] === undefined) put(p, count(roll, 20));
    return put(
      row,
      parts.reduce((s, p) => s + (f[`${p}.value`] ?? 0), 0),
    );
  };
  // 一: the channels' total, the dedup count at most that, 其中 规范性文件 at most both it and 制发规范性文件总数.
  const channels = total("P1_2", range("P1_2_", 5));
  put("P1_1", roll(channels));
  put("P1_1b", count(roll, 20));
  put("P1_1a", roll(Math.min(f["P1_1.value"]!, f["P1_1b.value"]!)));
  // 二: 其中 rows at most their item, the hot topics at most the responses.
  put("P2_2_1", count(roll, 10));
  put("P2_2_1a", roll(f["P2_2_1.value"]!));
  put("P2_2_2", count(roll, 10));
  put("P2_2_2a", roll(f["P2_2_2.value"]!));
  put("P2_1", roll(total("P2_2", range("P2_2_", 5))));
  // 三: the six grounds make up 不同意公开; 答复 = 办结.
  total("P3_1", range("P3_1_", 5));
  total(
    "P3_3_4",
    ["a", "b", "c", "d", "e", "f"].map((x) => `P3_3_4${x}`),
  );
  const answered = total("P3_3", range("P3_3_", 8));
  put("P3_2_1", roll(answered));
  put("P3_2_2", answered - f["P3_2_1.value"]!);
  put("P3_2", answered);
  for (const [row, n] of [
    ["P4", 3],
    ["P5", 3],
    ["P6", 3],
    ["P7", 2],
    ["P8", 2],
    ["P9", 2],
  ] as const)
    total(row, range(`${row}_`, n));
  // 十: 查阅点 counted twice in this local variant.
  put("P10_1", count(roll, 3));
  put("P10_2", f["P8.value"]!);
  total("P10_3", range("P10_3_", 2));
  put("P10_4", count(roll, 50) + roll(99) / 100);
  return { pre2019: f };
}

const BUILDERS: Record<string, (roll: Roll) => Figures> = {
  "gov-2021": gov2021,
  "gov-2019": gov2019,
  "pre-2019": pre2019,
};

/** Figures of every table of the template that break none of its relations; the same seed gives the same figures. */
export function officialFigures(templateId: string, seed: number): Figures {
  return BUILDERS[templateId](dice(seed));
}
