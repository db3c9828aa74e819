import { FilledForm, zeroForm } from "../helpers";

test("规章 figures from a body that may not make 规章 are questioned", () => {
  const form = zeroForm("gov-2021", { t2021_2: { "gz.made": 2, "gz.valid": 2 } });
  const [f] = form.check().findings;
  expect(f).toMatchObject({
    kind: "implausible",
    rule: "t2_guizhang_issuer",
    severity: "info",
    cell: form.address("t2021_2", "gz.made"),
    actual: 2,
  });
  expect(f.detail).toBe(
    "规章（本年制发件数）为 2：只有省级人民政府、设区的市（自治州）人民政府和国务院部门可以制定规章，请确认本机关是否为规章制定主体",
  );
  expect(form.check({ profile: { ruleMaker: true } }).findings).toEqual([]);
  expect(form.check({ profile: { ruleMaker: false } }).findings.map((x) => [x.severity, x.colId])).toEqual([
    ["warning", "made"],
    ["warning", "valid"],
  ]);
  expect(form.check({ lang: "en-US" }).findings[0].detail).toMatch(
    /^规章（本年制发件数） is 2: only provincial governments/,
  );
});

test("the 2019 format asks the same", () => {
  const form = new FilledForm("gov-2019", 3).set("t2019_2", "gz.new_made", 1);
  expect(
    form
      .check()
      .findings.filter((f) => f.kind === "implausible")
      .map((f) => f.rule),
  ).toEqual(["t2_guizhang_issuer"]);
});

test("group rows of the pre-2019 统计表 that carry numbers", () => {
  const form = new FilledForm("pre-2019", 3)
    .set("pre2019", "P10.value", 5)
    .set("pre2019", "P3.value", "见下");
  const found = form.check().findings.filter((f) => f.kind === "implausible");
  expect(found.map((f) => [f.rowId, f.severity, f.actual])).toEqual([
    ["P3", "info", "见下"],
    ["P10", "info", 5],
  ]);
  expect(found[1].detail).toBe(
    "十、机构建设和保障经费情况是分组标题行，不应填写数字（实为 5），数字应填在其下各项中",
  );
  // A group row left blank is what the form expects: no 未填写 either.
  expect(new FilledForm("pre-2019", 3).check().findings).toEqual([]);
});
