import fc from "fast-check";
import { crosscheck } from "../../../src/core/crosscheck";
import { generateOutline, outlineToText } from "../../../src/core/outline";
import { type Figures } from "../../../src/core/rules/context";
import { checked, filled } from "./fixtures";

const RESULTS = [
  "r3_1",
  "r3_2",
  ...[1, 2, 3, 4, 5, 6, 7, 8].map((i) => `r3_3_${i}`),
  ...[1, 2, 3].map((i) => `r3_4_${i}`),
  ...[1, 2, 3, 4, 5].map((i) => `r3_5_${i}`),
  ...[1, 2, 3].map((i) => `r3_6_${i}`),
];
const TABLE2 = [
  "gz.made",
  "xzgfxwj.made",
  "xzgfxwj.repealed",
  "xzgfxwj.valid",
  "xzxk.decisions",
  "xzcf.decisions",
  "xzqz.decisions",
];

/** A consistent gov-2021 report: only 自然人 has applications, totals and the balance hold. */
const report = fc
  .record({
    results: fc.array(fc.nat(40), { minLength: RESULTS.length, maxLength: RESULTS.length }),
    carryOut: fc.nat(20),
    carryInShare: fc.double({ min: 0, max: 1, noNaN: true }),
    table2: fc.array(fc.nat(300), { minLength: TABLE2.length, maxLength: TABLE2.length }),
    cases: fc.array(fc.nat(3), { minLength: 8, maxLength: 8 }),
  })
  .map(({ results, carryOut, carryInShare, table2, cases }): Figures => {
    const t3: Record<string, number> = {};
    const set = (row: string, n: number) => Object.assign(t3, { [`${row}.np`]: n, [`${row}.total`]: n });
    RESULTS.forEach((row, i) => set(row, results[i]));
    const handled = results.reduce((a, b) => a + b, 0);
    const carryIn = Math.floor((handled + carryOut) * carryInShare);
    set("r3_7_total", handled);
    set("r4_carry_out", carryOut);
    set("r2_carry_in", carryIn);
    set("r1_new", handled + carryOut - carryIn);
    const t2 = Object.fromEntries(TABLE2.map((k, i) => [k, table2[i]]));
    const [wc, jz, qt, wsj, dwc, djz, dqt, dwsj] = cases;
    const t4 = {
      "cases.fy_wc": wc,
      "cases.fy_jz": jz,
      "cases.fy_qt": qt,
      "cases.fy_wsj": wsj,
      "cases.fy_total": wc + jz + qt + wsj,
      "cases.ss_direct_wc": dwc,
      "cases.ss_direct_jz": djz,
      "cases.ss_direct_qt": dqt,
      "cases.ss_direct_wsj": dwsj,
      "cases.ss_direct_total": dwc + djz + dqt + dwsj,
    };
    return filled("gov-2021", { t2021_2: t2, t2021_3: t3, t2021_4: t4 });
  });

test("for any consistent report, the outline states only table figures and agrees with the cross-check", () => {
  fc.assert(
    fc.property(report, (figures) => {
      const result = checked("gov-2021", figures);
      expect(result.summary.errors).toBe(0);
      const outline = generateOutline(result)!;
      for (const b of outline.blocks) {
        if (b.kind !== "paragraph") continue;
        for (const r of b.runs) {
          if (r.kind === "text" || r.kind === "placeholder") expect(r.text).not.toMatch(/\d/);
          expect(r.kind).not.toBe("unverified");
        }
      }
      const text = outlineToText(outline);
      expect(text).not.toMatch(/(?<![\d.])0(件|条|项|万元)/);
      const out = crosscheck(text, result);
      // Sections the outline leaves to the clerk (【待填写：…】 only) are reported empty until filled.
      const warnings = out.findings.filter(
        (f) => f.severity !== "info" && f.rule !== "narrative.section-empty",
      );
      expect(warnings).toEqual([]);
    }),
    { numRuns: 40 },
  );
});
