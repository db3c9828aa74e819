import { zeroForm } from "../helpers";

const T2 = "t2021_2";

test("现行有效 below 本年制发 − 本年废止 without last year's figures is a warning at 现行有效 that names them", () => {
  const form = zeroForm("gov-2021", {
    [T2]: { "xzgfxwj.made": 25, "xzgfxwj.repealed": 0, "xzgfxwj.valid": 0 },
  });
  const found = form.check().findings;
  expect(found).toHaveLength(1);
  expect(found[0]).toMatchObject({
    kind: "implausible",
    rule: "t2_valid_floor",
    severity: "warning",
    cell: form.address(T2, "xzgfxwj.valid"),
    expected: 25,
    actual: 0,
  });
  expect(found[0].cells).toEqual(
    ["xzgfxwj.valid", "xzgfxwj.made", "xzgfxwj.repealed"].map((k) => form.address(T2, k)),
  );
  expect(found[0].detail).toBe(
    "行政规范性文件（现行有效件数）为 0，少于本年制发件数 25 − 本年废止件数 0 = 25：现行有效件数不会少于本年制发减本年废止，请核对",
  );
  expect(form.check({ lang: "en-US" }).findings[0].detail).toBe(
    "行政规范性文件（现行有效件数） is 0, less than 本年制发件数 25 − 本年废止件数 0 = 25: documents in force cannot be fewer than those made this year minus those repealed",
  );
});

test("现行有效 at or above 本年制发 − 本年废止 is fine; one below is not", () => {
  const at = (valid: number) =>
    zeroForm("gov-2021", { [T2]: { "xzgfxwj.made": 25, "xzgfxwj.repealed": 5, "xzgfxwj.valid": valid } })
      .check()
      .findings.map((f) => [f.rule, f.expected, f.actual]);
  expect(at(20)).toEqual([]);
  expect(at(300)).toEqual([]);
  expect(at(19)).toEqual([["t2_valid_floor", 20, 19]]);
});

test("with last year's 现行有效 the roll-forward speaks instead", () => {
  const form = zeroForm("gov-2021", {
    [T2]: { "xzgfxwj.made": 25, "xzgfxwj.repealed": 0, "xzgfxwj.valid": 0 },
  });
  const withPrior = form.check({ prior: { [T2]: { "gz.valid": 0, "xzgfxwj.valid": 3 } } }).findings;
  expect(withPrior.map((f) => [f.rule, f.expected])).toEqual([["t2_valid_rollforward", 28]]);
  // Last year's report without the figure (another table only) leaves the floor to speak.
  const otherTable = form.check({ prior: { t2021_3: { "r4_carry_out.np": 0 } } }).findings;
  expect(otherTable.map((f) => f.rule)).toEqual(["t2_valid_floor"]);
});

test("the 规章 row has the same floor, and a row nobody filled is left to the blank-cell warning", () => {
  const gz = zeroForm("gov-2021", { [T2]: { "gz.made": 2, "gz.valid": 1 } });
  expect(gz.check({ profile: { ruleMaker: true } }).findings.map((f) => [f.rule, f.rowId])).toEqual([
    ["t2_valid_floor", "gz"],
  ]);
  const blank = zeroForm("gov-2021", {
    [T2]: { "xzgfxwj.made": null, "xzgfxwj.repealed": null, "xzgfxwj.valid": null },
  });
  expect(blank.check().findings.map((f) => f.kind)).toEqual([
    "empty-required",
    "empty-required",
    "empty-required",
  ]);
});
