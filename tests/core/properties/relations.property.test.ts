import fc from "fast-check";
import { checkWorkbook } from "../../../src/core/check";
import { type CellValue } from "../../../src/core/grid";
import { dataCells } from "../../../src/core/sample/consistent-figures";
import { builtinTemplates } from "../../../src/core/templates";
import { FilledForm } from "../helpers";
import { brokenRelations } from "../official/evaluate";
import { OFFICIAL_RELATIONS } from "../official/relations";

const templates = builtinTemplates();
const RUNS = { numRuns: 40 };

/** Every (template, table, cell) a clerk can type into. */
const cells = templates.flatMap((t) =>
  t.tables.flatMap((table) =>
    dataCells(table).map((c) => ({ templateId: t.id, tableId: table.id, key: c.key })),
  ),
);

test("a consistent table never gives an error", () => {
  fc.assert(
    fc.property(
      fc.constantFrom(...templates.map((t) => t.id)),
      fc.integer({ min: 0, max: 2 ** 31 - 1 }),
      (templateId, seed) => {
        const form = new FilledForm(templateId, seed);
        expect(form.check().summary.errors).toBe(0);
      },
    ),
    RUNS,
  );
});

test("changing one cell breaks exactly the relations that contain it", () => {
  const change = fc.integer({ min: -50, max: 50 }).filter((d) => d !== 0);
  fc.assert(
    fc.property(fc.constantFrom(...cells), fc.integer({ min: 0, max: 9999 }), change, (pick, seed, delta) => {
      const form = new FilledForm(pick.templateId, seed);
      const f = { ...form.figures[pick.tableId] };
      const before = f[pick.key] ?? 0;
      // Figures stay non-negative: lowering stops at 0, and a change to the same figure is no change.
      const after = Math.max(0, before + delta);
      fc.pre(after !== before || f[pick.key] === null);
      f[pick.key] = after;
      form.set(pick.tableId, pick.key, after);
      // What the formats research says the change breaks, apart from the rules under test.
      const expected = new Set(
        brokenRelations(OFFICIAL_RELATIONS[pick.templateId][pick.tableId], f).map(
          (x) => `${x.id}@${form.address(pick.tableId, x.cell)}`,
        ),
      );
      const found = form.check().findings.filter((x) => x.kind !== "outdated-template");
      expect(new Set(found.map((x) => `${x.rule}@${x.cell}`))).toEqual(expected);
    }),
    { numRuns: 150 },
  );
});

const junk: fc.Arbitrary<CellValue> = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.constantFrom(
    "１２",
    "12件",
    " 3 ",
    "1,234",
    "-0",
    "合计",
    "（一）予以公开",
    "三、本年度办理结果",
    "自然人",
    "总计",
    "其中：",
  ),
  fc.boolean(),
  fc.constantFrom<CellValue>({ error: "#REF!" }, { error: "#DIV/0!" }, { error: "#VALUE!" }),
  fc.double(),
  fc.integer(),
  fc.constantFrom(Number.NaN, Infinity, -Infinity, 1e300, -1e300, Number.MAX_SAFE_INTEGER + 2),
  fc.constant(null),
);

const merge = fc
  .record({
    top: fc.integer({ min: 0, max: 60 }),
    left: fc.integer({ min: 0, max: 20 }),
    h: fc.integer({ min: 0, max: 5 }),
    w: fc.integer({ min: 0, max: 5 }),
  })
  .map(({ top, left, h, w }) => ({ top, left, bottom: top + h, right: left + w }));

test("junk in any cell of a filled form never throws, and every message is filled in", () => {
  fc.assert(
    fc.property(
      fc.constantFrom(...templates.map((t) => t.id)),
      fc.array(fc.tuple(fc.nat(), junk), { maxLength: 30 }),
      fc.array(merge, { maxLength: 6 }),
      (templateId, edits, merges) => {
        const form = new FilledForm(templateId, 3);
        const rows = form.grid.sheets[0].rows;
        for (const [n, value] of edits) {
          const r = rows[n % rows.length];
          r[Math.floor(n / rows.length) % Math.max(1, r.length + 2)] = value;
        }
        form.grid.sheets[0].merges.push(...merges);
        const result = form.check({ lang: edits.length % 2 ? "en-US" : "zh-CN" });
        for (const f of result.findings) {
          expect(f.message.length).toBeGreaterThan(0);
          expect(f.message).not.toMatch(/\{\w+\}|undefined|NaN|Infinity|\[object|\w+_\w*\.\w+/);
        }
      },
    ),
    RUNS,
  );
});

test("random sheets of junk never throw", () => {
  fc.assert(
    fc.property(
      fc.array(fc.array(junk, { maxLength: 12 }), { maxLength: 40 }),
      fc.array(merge, { maxLength: 8 }),
      (rows, merges) => {
        const result = checkWorkbook({ sheets: [{ name: "乱", rows, merges }] });
        expect(result.findings.length).toBeGreaterThan(0);
      },
    ),
    RUNS,
  );
});
