import fc from "fast-check";
import { checkWorkbook } from "../../../src/core/check";
import { type CellValue } from "../../../src/core/grid";
import { officialLayout } from "../../../src/core/layout/official-layout";
import { consistentFigures } from "../../../src/core/sample/consistent-figures";
import { builtinTemplates } from "../../../src/core/templates";

const note = fc.constantFrom(
  "填报单位：某某局",
  "单位：件",
  "附表",
  "2025年度",
  "说明：本表数据截至12月31日",
  "",
);

test("a form found anywhere on the sheet, under any title rows, reads the same figures", () => {
  fc.assert(
    fc.property(
      fc.constantFrom(...builtinTemplates().map((t) => t.id)),
      fc.integer({ min: 0, max: 30 }),
      fc.integer({ min: 0, max: 12 }),
      fc.array(note, { maxLength: 4 }),
      fc.integer({ min: 0, max: 999 }),
      (id, down, right, notes, seed) => {
        const template = builtinTemplates().find((t) => t.id === id)!;
        const figures = consistentFigures(template, seed);
        const layout = officialLayout(template, { figures });
        const rows: CellValue[][] = Array.from({ length: down }, (_, i) => (notes[i] ? [notes[i]] : []));
        for (const r of layout.rows) rows.push([...Array<CellValue>(right).fill(null), ...r]);
        const merges = layout.merges.map((m) => ({
          top: m.top + down,
          bottom: m.bottom + down,
          left: m.left + right,
          right: m.right + right,
        }));
        const result = checkWorkbook({ sheets: [{ name: "表", rows, merges }] });
        expect(result.template).toBe(id);
        expect(result.figures).toEqual(figures);
        expect(result.summary.errors).toBe(0);
      },
    ),
    { numRuns: 40 },
  );
});
