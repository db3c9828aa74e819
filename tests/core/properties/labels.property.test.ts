import fc from "fast-check";
import { checkWorkbook } from "../../../src/core/check";
import { officialLayout } from "../../../src/core/layout/official-layout";
import { consistentFigures } from "../../../src/core/sample/consistent-figures";
import { builtinTemplates } from "../../../src/core/templates";

/** Ways clerks retype a label; each keeps what a reader would call the same label. */
const retypings: Array<(s: string) => string> = [
  (s) => s,
  (s) => s.replace(/（/g, "(").replace(/）/g, ")"),
  (s) => s.replace(/^(\d)\./, "$1、"),
  (s) => s.replace(/^(\d)\./, "$1．"),
  (s) => s.replace(/^(\d)\./, "（$1）"),
  (s) => s.replace(/^([一二三四五六七八九十])、/, "$1."),
  (s) => ` ${s} `,
  (s) => `\u3000\u3000${s}`,
  (s) => (s.length > 6 ? `${s.slice(0, 4)}\n${s.slice(4)}` : s),
  (s) => s.replace(/[“”]/g, ""),
  (s) => `${s}：`,
];

test("labels retyped in any mix of the usual ways are all found", () => {
  fc.assert(
    fc.property(
      fc.constantFrom(...builtinTemplates().map((t) => t.id)),
      fc.array(fc.nat({ max: retypings.length - 1 }), { minLength: 1, maxLength: 40 }),
      (id, picks) => {
        const template = builtinTemplates().find((t) => t.id === id)!;
        const figures = consistentFigures(template, 5);
        const layout = officialLayout(template, { figures });
        const rows = layout.rows.map((r) => [...r]);
        layout.headerCells.forEach((h, i) => {
          const v = rows[h.row][h.col];
          if (typeof v === "string") rows[h.row][h.col] = retypings[picks[i % picks.length]](v);
        });
        const result = checkWorkbook({ sheets: [{ name: "表", rows, merges: layout.merges }] });
        expect(result.template).toBe(id);
        expect(result.findings.filter((f) => f.kind === "missing-row").map((f) => f.message)).toEqual([]);
        expect(result.figures).toEqual(figures);
      },
    ),
    { numRuns: 40 },
  );
});
