import fc from "fast-check";
import { readdirSync, readFileSync } from "fs";
import { join } from "path";
import { type CellValue, type Merge, type WorkbookGrid } from "../../../src/core/grid";
import { officialLayout } from "../../../src/core/layout/official-layout";
import { consistentFigures } from "../../../src/core/sample/consistent-figures";
import { builtinTemplates } from "../../../src/core/templates";
import { sampleWorkbookBytes } from "../../../src/file/sample-workbook";
import { layoutToWorkbook } from "../../../src/file/write-workbook";
import { readGrid } from "../../../src/file/xlsx/read-grid";
import { comparable, exceljsGrid, shown } from "./exceljs-grid";
import {
  EXCEL_STYLE,
  expectedGrid,
  type FuzzCell,
  type FuzzSheet,
  type FuzzValue,
  type PackageStyle,
  writePackage,
} from "./fuzz-package";

const FIXTURES = [join(__dirname, ".."), join(__dirname, "..", "..", "fixtures", "writers")];

function committedWorkbooks(): Record<string, Uint8Array> {
  const out: Record<string, Uint8Array> = {};
  for (const dir of FIXTURES)
    for (const name of readdirSync(dir).filter((n) => /\.xls[xm]$/.test(n)))
      out[name] = new Uint8Array(readFileSync(join(dir, name)));
  return out;
}

async function benchWorkbooks(): Promise<Record<string, Uint8Array>> {
  const out: Record<string, Uint8Array> = { "sample.xlsx": await sampleWorkbookBytes() };
  for (const t of builtinTemplates()) {
    const layout = officialLayout(t, { figures: consistentFigures(t, 11), heading: "某局 2025 年度" });
    out[`${t.id}.xlsx`] = new Uint8Array(await layoutToWorkbook(layout).xlsx.writeBuffer());
  }
  return out;
}

describe("the grid reader reads what exceljs reads", () => {
  test("on every committed workbook and the bench's generated ones", async () => {
    const files = { ...committedWorkbooks(), ...(await benchWorkbooks()) };
    expect(Object.keys(files).length).toBeGreaterThanOrEqual(12);
    const refused: string[] = [];
    for (const [name, bytes] of Object.entries(files)) {
      const theirs = await exceljsGrid(bytes).catch(() => null);
      if (!theirs) refused.push(name);
      else {
        const [a, b] = comparable(readGrid(bytes), theirs);
        expect([name, a]).toEqual([name, b]);
      }
    }
    // exceljs cannot open openpyxl's charts and comments at all (its part-name conventions): LibreOffice is the
    // reference for those (libreoffice.test.ts).
    expect(refused.sort()).toEqual([
      "openpyxl-chart.xlsx",
      "openpyxl-comments.xlsx",
      "openpyxl-everything.xlsx",
    ]);
  });
});

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

function sheets(options: { rows: number; huge: boolean }): fc.Arbitrary<FuzzSheet[]> {
  const cell = fc.record({
    row: options.huge
      ? fc.oneof(
          { weight: 30, arbitrary: fc.integer({ min: 0, max: options.rows - 1 }) },
          { weight: 1, arbitrary: fc.integer({ min: 100_000, max: 1_048_575 }) },
        )
      : fc.integer({ min: 0, max: options.rows - 1 }),
    col: fc.integer({ min: 0, max: 9 }),
    v: value(options.rows),
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

const style: fc.Arbitrary<PackageStyle> = fc.record({
  absoluteTargets: fc.boolean(),
  oddPartNames: fc.boolean(),
  prefixed: fc.boolean(),
  omitCellRefs: fc.boolean(),
});

/** Formula results of 0 are where exceljs is wrong (it reads them as blank): compared with the model instead. */
function withoutZeroFormulas(grid: WorkbookGrid, model: FuzzSheet[]): WorkbookGrid {
  const zero = new Set(
    model.flatMap((s) =>
      s.cells
        .filter((c) => c.v.kind === "formula" && c.v.result === 0)
        .map((c) => `${s.name}!${c.row},${c.col}`),
    ),
  );
  return {
    sheets: grid.sheets.map((s) => ({
      ...s,
      rows: s.rows.map((r, ri) => r.map((v, ci) => (zero.has(`${s.name}!${ri},${ci}`) ? null : v))),
    })),
  };
}

describe("fuzzed workbooks", () => {
  test("any package layout: the reader gives exactly the cells written", () => {
    fc.assert(
      fc.property(sheets({ rows: 40, huge: false }), style, (model, s) => {
        const ours = readGrid(writePackage(model, s));
        expect(shown(ours)).toEqual(shown(expectedGrid(model)));
        expect(ours.sheets.map((x) => x.hidden === true)).toEqual(model.map((x) => x.hidden === true));
      }),
      { numRuns: 100 },
    );
  });

  test("sparse sheets with cells far down (row 100,000 to 1,048,576)", () => {
    fc.assert(
      fc.property(sheets({ rows: 40, huge: true }), style, (model, s) => {
        expect(shown(readGrid(writePackage(model, s)))).toEqual(shown(expectedGrid(model)));
      }),
      { numRuns: 6 },
    );
  });

  test("Excel's package layout: the reader equals exceljs (and is right where exceljs drops a 0 result)", async () => {
    await fc.assert(
      fc.asyncProperty(sheets({ rows: 40, huge: false }), async (model) => {
        const bytes = writePackage(model, EXCEL_STYLE);
        const ours = readGrid(bytes);
        expect(shown(withoutZeroFormulas(ours, model))).toEqual(
          shown(withoutZeroFormulas(await exceljsGrid(bytes), model)),
        );
      }),
      { numRuns: 40 },
    );
  });
});

export type { CellValue };
