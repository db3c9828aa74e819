import fc from "fast-check";
import { readdirSync, readFileSync } from "fs";
import { join } from "path";
import { type CellValue, type WorkbookGrid } from "../../../src/core/grid";
import { officialLayout } from "../../../src/core/layout/official-layout";
import { consistentFigures } from "../../../src/core/sample/consistent-figures";
import { builtinTemplates } from "../../../src/core/templates";
import { sampleWorkbookBytes } from "../../../src/file/sample-workbook";
import { layoutToWorkbook } from "../../../src/file/write-workbook";
import { readGrid } from "../../../src/file/xlsx/read-grid";
import { comparable, exceljsGrid, shown } from "./exceljs-grid";
import { EXCEL_STYLE, expectedGrid, type FuzzSheet, type PackageStyle, writePackage } from "./fuzz-package";
import { fuzzSheets } from "./fuzz-model";

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
      fc.property(fuzzSheets({ rows: 40, huge: false }), style, (model, s) => {
        const ours = readGrid(writePackage(model, s));
        expect(shown(ours)).toEqual(shown(expectedGrid(model)));
        expect(ours.sheets.map((x) => x.hidden === true)).toEqual(model.map((x) => x.hidden === true));
      }),
      { numRuns: 100 },
    );
  });

  test("filled-in forms (numbers and shared strings only, the plain reader's part): exactly the cells written", () => {
    fc.assert(
      fc.property(fuzzSheets({ rows: 40, huge: false, plain: true }), style, (model, s) => {
        expect(shown(readGrid(writePackage(model, s)))).toEqual(shown(expectedGrid(model)));
      }),
      { numRuns: 100 },
    );
  });

  test("sparse sheets with cells far down (row 100,000 to 1,048,576)", () => {
    fc.assert(
      fc.property(fuzzSheets({ rows: 40, huge: true }), style, (model, s) => {
        expect(shown(readGrid(writePackage(model, s)))).toEqual(shown(expectedGrid(model)));
      }),
      { numRuns: 6 },
    );
  });

  test("Excel's package layout: the reader equals exceljs (and is right where exceljs drops a 0 result)", async () => {
    await fc.assert(
      fc.asyncProperty(fuzzSheets({ rows: 40, huge: false }), async (model) => {
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
