import { checkWorkbook } from "../../../src/core/check";
import pre2019 from "../../../src/core/templates/pre-2019.json";
import { parseTemplate } from "../../../src/core/templates";
import { FilledForm } from "../helpers";

const T3 = "t2021_3";

test("a blank data cell counts as 0 in sums but is reported", () => {
  const form = new FilledForm("gov-2021", 8);
  const key = "r3_5_2.legal";
  const before = form.value(T3, key);
  form.set(T3, key, null);
  const findings = form.check().findings;
  const empty = findings.filter((f) => f.kind === "empty-required");
  expect(empty).toHaveLength(1);
  expect(empty[0]).toMatchObject({ severity: "warning", cell: form.address(T3, key), actual: null });
  expect(empty[0].detail).toBe("2.重复申请（法律服务机构）未填写（计算时按 0 处理）；没有数据请填 0");
  // Counted as 0: the sums are only broken when the cell held something else.
  expect(findings.some((f) => f.kind === "sum-mismatch")).toBe(before !== 0);
});

test("requiredSeverity: 'error' makes blanks errors", () => {
  const form = new FilledForm("gov-2021", 8).set(T3, "r1_new.np", "");
  const [f] = form.check({ requiredSeverity: "error" }).findings.filter((x) => x.kind === "empty-required");
  expect(f.severity).toBe("error");
  expect(
    form.check({ requiredSeverity: "error", lang: "en-US" }).findings.find((x) => x.kind === "empty-required")
      ?.detail,
  ).toBe(
    "一、本年新收政府信息公开申请数量（自然人） is empty (counted as 0); enter 0 when there is nothing to report",
  );
});

test("group rows that should stay blank are not required", () => {
  const form = new FilledForm("pre-2019", 8);
  const findings = form.check().findings;
  expect(form.figures.pre2019["P1.value"]).toBeNull();
  expect(findings).toEqual([]);
});

test("a group row is a heading: left blank it is not reported, even where a template does not mark it optional", () => {
  const data = JSON.parse(JSON.stringify(pre2019)) as {
    tables: Array<{ blocks: Array<{ rows: Array<{ id: string; required?: boolean }> }> }>;
  };
  for (const row of data.tables[0].blocks[0].rows) if (row.id === "P1") delete row.required;
  const template = parseTemplate(data, "没有标可空的模板");
  const form = new FilledForm("pre-2019", 8);
  expect(checkWorkbook(form.grid, { templates: [template] }).findings).toEqual([]);
});
