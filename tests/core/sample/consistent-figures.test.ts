import { checkWorkbook } from "../../../src/core/check";
import { consistentFigures, emptyFigures, zeroFigures } from "../../../src/core/sample/consistent-figures";
import { builtinTemplates, templateById } from "../../../src/core/templates";
import { expectConsistent } from "../official/evaluate";
import { checked, workbook } from "../outline/fixtures";

const templates = builtinTemplates();

describe.each(templates.map((t) => [t.id, t] as const))("consistentFigures(%s)", (id, template) => {
  test("every relation holds and every data cell has a figure", () => {
    for (let seed = 1; seed <= 15; seed++) {
      const figures = consistentFigures(template, seed);
      // Held to the formats research's statement, not to the relations the generator itself read.
      for (const table of template.tables) expectConsistent(id, table, figures[table.id]);
    }
  });

  test("the checker finds nothing wrong in the filled official layout", () => {
    const result = checked(id, consistentFigures(template, 42));
    expect(result.template).toBe(id);
    expect(result.findings.filter((f) => f.kind !== "outdated-template")).toEqual([]);
  });

  test("the same seed gives the same figures, another seed others", () => {
    expect(consistentFigures(template, 9)).toEqual(consistentFigures(template, 9));
    expect(consistentFigures(template, 9)).not.toEqual(consistentFigures(template, 10));
  });

  test("empty and zero variants", () => {
    const empty = emptyFigures(template);
    const zero = zeroFigures(template);
    for (const table of template.tables) {
      expect(Object.values(empty[table.id]).every((x) => x === null)).toBe(true);
      expect(Object.values(zero[table.id]).every((x) => x === 0 || x === null)).toBe(true);
    }
    expect(checked(id, zero).summary.errors).toBe(0);
  });
});

test("a rule-making body gets 规章 figures", () => {
  const t = templateById("gov-2021")!;
  const seeds = [1, 2, 3, 4, 5].map((s) =>
    consistentFigures(t, s, { profile: { ruleMaker: true }, zeroShare: 0 }),
  );
  expect(seeds.some((f) => (f.t2021_2["gz.made"] ?? 0) > 0)).toBe(true);
});

test.each(["gov-2021", "gov-2019"])("this year's %s figures can follow last year's", (id) => {
  const template = templateById(id)!;
  for (let seed = 1; seed <= 10; seed++) {
    const prior = consistentFigures(template, seed + 100);
    const figures = consistentFigures(template, seed, { prior });
    const result = checked(id, figures);
    const withPrior = checkWorkbook(workbook(id, figures), { prior });
    expect(result.findings.filter((f) => f.kind !== "outdated-template")).toEqual([]);
    expect(withPrior.findings.filter((f) => f.kind !== "outdated-template")).toEqual([]);
    const t3 = template.tables[1].id;
    expect(figures[t3]["r2_carry_in.total"]).toBe(prior[t3]["r4_carry_out.total"]);
  }
});
