import fc from "fast-check";
import { type Merge } from "../../../src/core/grid";
import { type FuzzCell, type FuzzSheet, type FuzzValue } from "./fuzz-package";

/** fast-check models of workbooks: the values and layouts a real 统计表 file can hold, and some it rarely does. */
const text = fc.string({
  unit: fc.constantFrom("a", "Z", "中", "文", "件", " ", "&", "<", ">", '"', "'", "1", ".", "\n"),
  maxLength: 6,
});
const number = fc.oneof(
  fc.integer({ min: -1_000_000, max: 1_000_000 }),
  fc.integer({ min: -40_000, max: 40_000 }).map((n) => n / 4),
);
const CONSTANT_FORMULAS: Array<Extract<FuzzValue, { kind: "formula" }>> = [
  { kind: "formula", formula: "2-2", result: 0 },
  { kind: "formula", formula: "1+2", result: 3 },
  { kind: "formula", formula: "0.5*3", result: 1.5 },
  { kind: "formula", formula: '"ab"', result: "ab" },
  { kind: "formula", formula: "1>0", result: true },
  { kind: "formula", formula: "1/0", result: { error: "#DIV/0!" } },
];
const ERRORS = ["#DIV/0!", "#N/A", "#VALUE!", "#REF!", "#NAME?", "#NUM!"];

/** What a filled-in form holds: numbers and shared strings only (the plain reader's part, plain-sheet-data.ts). */
const plainValue: fc.Arbitrary<FuzzValue> = fc.oneof(
  number.map((value): FuzzValue => ({ kind: "number", value })),
  text.map((value): FuzzValue => ({ kind: "shared", value })),
);

function value(rows: number): fc.Arbitrary<FuzzValue> {
  const ref = fc
    .tuple(fc.integer({ min: 0, max: 7 }), fc.integer({ min: 1, max: Math.min(rows, 30) }))
    .map(([c, r]) => `${"ABCDEFGH"[c]}${r}`);
  return fc.oneof(
    number.map((value): FuzzValue => ({ kind: "number", value })),
    text.map((value): FuzzValue => ({ kind: "shared", value })),
    text.map((value): FuzzValue => ({ kind: "inline", value })),
    fc
      .record({
        runs: fc.array(text, { minLength: 1, maxLength: 3 }),
        phonetic: fc.constantFrom("", "ㄓㄨㄥ"),
        shared: fc.boolean(),
      })
      .map((r): FuzzValue => ({ kind: "rich", ...r })),
    fc.boolean().map((value): FuzzValue => ({ kind: "bool", value })),
    fc.constantFrom(...ERRORS).map((value): FuzzValue => ({ kind: "error", value })),
    fc.constantFrom(...CONSTANT_FORMULAS),
    fc
      .array(ref, { minLength: 1, maxLength: 3 })
      .map((refs): FuzzValue => ({ kind: "formula", formula: `SUM(${refs.join(",")})`, result: null })),
  );
}

function notOverlapping(merges: Merge[]): Merge[] {
  const out: Merge[] = [];
  for (const m of merges)
    if (!out.some((o) => m.top <= o.bottom && o.top <= m.bottom && m.left <= o.right && o.left <= m.right))
      out.push(m);
  return out;
}

export function fuzzSheets(options: {
  rows: number;
  huge: boolean;
  plain?: boolean;
}): fc.Arbitrary<FuzzSheet[]> {
  const cell = fc.record({
    row: options.huge
      ? fc.oneof(
          { weight: 30, arbitrary: fc.integer({ min: 0, max: options.rows - 1 }) },
          { weight: 1, arbitrary: fc.integer({ min: 100_000, max: 1_048_575 }) },
        )
      : fc.integer({ min: 0, max: options.rows - 1 }),
    col: fc.integer({ min: 0, max: 9 }),
    v: options.plain ? plainValue : value(options.rows),
  }) as fc.Arbitrary<FuzzCell>;
  const merge = fc
    .record({ top: fc.nat(options.rows - 1), left: fc.nat(8), h: fc.nat(2), w: fc.nat(2) })
    .filter((m) => m.h + m.w > 0)
    .map(({ top, left, h, w }): Merge => ({ top, left, bottom: top + h, right: left + w }));
  const sheet = (name: string) =>
    fc.record({
      name: fc.constant(name),
      cells: fc.array(cell, { maxLength: 40 }),
      merges: fc.array(merge, { maxLength: 3 }).map(notOverlapping),
      hidden: fc.boolean(),
    });
  return fc.tuple(sheet("Sheet1"), sheet("表二")).map(([a, b]) => [a, b]);
}
