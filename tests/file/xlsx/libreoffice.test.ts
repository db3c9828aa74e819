import fc from "fast-check";
import { readdirSync, readFileSync } from "fs";
import { join } from "path";
import { computeFormula } from "../../../src/core/formula-result";
import { type CellValue, isCellError, toA1 } from "../../../src/core/grid";
import { readGrid } from "../../../src/file/xlsx/read-grid";
import { EXCEL_STYLE, writePackage } from "./fuzz-package";
import { fuzzSheets } from "./fuzz-model";
import { withLibreOffice } from "../../support/libreoffice";
import { libreOfficeCsv } from "./libreoffice-csv";

/** A value as LibreOffice's CSV export writes it (values, not as shown). */
function csvText(v: CellValue): string {
  if (v === null) return "";
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  if (isCellError(v)) return v.error;
  return String(v);
}

const FIXTURES = [join(__dirname, ".."), join(__dirname, "..", "..", "fixtures", "writers")];

withLibreOffice("the grid reader reads what LibreOffice Calc reads", () => {
  test("committed workbooks and fuzzed ones, every sheet, every cell (one soffice run)", async () => {
    const files: Record<string, Uint8Array> = {};
    for (const dir of FIXTURES)
      for (const name of readdirSync(dir).filter((n) => /\.xls[xm]$/.test(n)))
        files[name] = new Uint8Array(readFileSync(join(dir, name)));
    fc.sample(fuzzSheets({ rows: 30, huge: false }), { numRuns: 12, seed: 2025 }).forEach((model, i) => {
      files[`fuzz${i}.xlsx`] = writePackage(model, { ...EXCEL_STYLE, absoluteTargets: i % 2 === 1 });
    });
    const csv = await libreOfficeCsv(files);
    let compared = 0;
    for (const [name, bytes] of Object.entries(files)) {
      const grid = readGrid(bytes);
      expect([name, Object.keys(csv[name]).sort()]).toEqual([name, grid.sheets.map((s) => s.name).sort()]);
      for (const sheet of grid.sheets) {
        const theirs = csv[name][sheet.name];
        const rows = Math.max(theirs.length, sheet.rows.length);
        for (let r = 0; r < rows; r++) {
          const width = Math.max(theirs[r]?.length ?? 0, sheet.rows[r]?.length ?? 0);
          for (let c = 0; c < width; c++) {
            const address = toA1(r, c);
            const lo = theirs[r]?.[c] ?? "";
            const formula = sheet.formulasWithoutResult?.[address];
            if (formula !== undefined) {
              // Calc computes what was saved without a result; ours is computed where safe, else left unknown.
              const computed = computeFormula(sheet, address);
              if (computed !== null) expect([name, address, String(computed)]).toEqual([name, address, lo]);
              continue;
            }
            expect([name, sheet.name, address, csvText(sheet.rows[r]?.[c] ?? null)]).toEqual([
              name,
              sheet.name,
              address,
              lo,
            ]);
            compared++;
          }
        }
      }
    }
    expect(compared).toBeGreaterThan(5000);
  }, 240_000);
});
