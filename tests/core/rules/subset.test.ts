import { FilledForm, zeroForm } from "../helpers";

const PRE = "pre2019";

test("a 其中 row above its parent is an error that names both", () => {
  const form = zeroForm("pre-2019", {
    [PRE]: { "P1_1.value": 5, "P1_1a.value": 8, "P1_1b.value": 9, "P1_2.value": 5, "P1_2_2.value": 5 },
  });
  const [f] = form.check().findings.filter((x) => x.kind === "subset-exceeds");
  expect(f).toMatchObject({
    rule: "pre_subset_P1_1a",
    severity: "error",
    cell: form.address(PRE, "P1_1a.value"),
    actual: 8,
    expected: 5,
    difference: 3,
  });
  expect(f.detail).toBe(
    "其中：主动公开规范性文件数为 8，大于其所属的「（一）主动公开政府信息数」5：其中项不能超过总数",
  );
  expect(f.involved.map((c) => [c.role, c.value])).toEqual([
    ["target", 8],
    ["whole", 5],
  ]);
  const en = form.check({ lang: "en-US" }).findings.find((x) => x.kind === "subset-exceeds")!;
  expect(en.detail).toBe(
    "其中：主动公开规范性文件数 is 8, more than “（一）主动公开政府信息数” (5) it is part of",
  );
});

test("a 其中 row equal to its parent is fine", () => {
  const form = new FilledForm("pre-2019", 4);
  form.set(PRE, "P2_2_1a.value", form.value(PRE, "P2_2_1.value"));
  expect(form.check().findings.filter((x) => x.kind === "subset-exceeds")).toEqual([]);
});

test("a 其中 row is never a part of the parent's total", () => {
  const form = new FilledForm("pre-2019", 4);
  const whole = form.value(PRE, "P2_2_1.value");
  form.set(PRE, "P2_2_1a.value", Math.max(0, whole - 1));
  expect(form.check().findings.filter((x) => x.severity === "error")).toEqual([]);
  // Adding the 其中 figure into （二） is the seed's mistake: a sum error, with the hint.
  const total = form.value(PRE, "P2_2.value");
  form
    .set(PRE, "P2_2_1a.value", 2)
    .set(PRE, "P2_2_1.value", whole + 2)
    .set(PRE, "P2_2.value", total + 4);
  const [f] = form.check().findings.filter((x) => x.kind === "sum-mismatch");
  expect(f).toMatchObject({ rule: "pre_P2_2", difference: 2 });
  expect(f.detail).toContain(
    "差额恰为其中项「其中：主要负责同志参加新闻发布会次数」的 2，其中项不应计入合计",
  );
});

test("the softer subsets are warnings", () => {
  const form = new FilledForm("pre-2019", 6);
  form
    .set(PRE, "P1_1b.value", 0)
    .set(PRE, "P1_1a.value", 1)
    .set(PRE, "P1_1.value", Math.max(1, form.value(PRE, "P1_1.value")));
  const f = form.check().findings.find((x) => x.rule === "pre_published_le_issued");
  expect(f?.severity).toBe("warning");
  expect(f?.detail).toBe(
    `其中：主动公开规范性文件数为 1，大于其所属的「制发规范性文件总数」0：其中项不能超过总数`,
  );
});

test("the difference is exact for fractions typed into count cells", () => {
  const form = zeroForm("pre-2019", { [PRE]: { "P1_1.value": 5.1, "P1_1a.value": 5.3 } });
  const f = form.check().findings.find((x) => x.kind === "subset-exceeds");
  expect(f?.difference).toBe(0.2);
});
