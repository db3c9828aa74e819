import { FilledForm, zeroForm } from "../helpers";

const T3 = "t2021_3";

test("表三 balances per column: 新收 + 上年结转 = 总计 + 结转", () => {
  const form = zeroForm("gov-2021", {
    [T3]: {
      "r1_new.biz": 10,
      "r1_new.total": 10,
      "r2_carry_in.biz": 2,
      "r2_carry_in.total": 2,
      "r3_1.biz": 9,
      "r3_1.total": 9,
      "r3_7_total.biz": 9,
      "r3_7_total.total": 9,
      "r4_carry_out.biz": 1,
      "r4_carry_out.total": 1,
    },
  });
  const result = form.check();
  const balance = result.findings.filter((f) => f.kind === "balance-mismatch");
  expect(balance.map((f) => f.colId)).toEqual(["biz", "total"]);
  const [f] = balance;
  expect(f).toMatchObject({
    rule: "t3_balance",
    severity: "error",
    cell: form.address(T3, "r4_carry_out.biz"),
    expected: 3,
    actual: 1,
    difference: -2,
  });
  expect(f.detail).toBe(
    "商业企业列不平衡：本年新收政府信息公开申请数量 10 + 上年结转政府信息公开申请数量 2 = 12，而 总计 9 + 结转下年度继续办理 1 = 10，相差 2（第一项加第二项之和应等于第三项加第四项之和）",
  );
  expect(f.involved.map((c) => c.role)).toEqual(["left", "left", "right", "right"]);
  const en = form.check({ lang: "en-US" }).findings.find((x) => x.kind === "balance-mismatch")!;
  expect(en.detail).toContain(
    "column 商业企业 does not balance: 本年新收政府信息公开申请数量 10 + 上年结转政府信息公开申请数量 2 = 12, but 总计 9 + 结转下年度继续办理 1 = 10",
  );
});

test("every column of a consistent 表三 balances, in each format", () => {
  for (const [id, table] of [
    ["gov-2021", "t2021_3"],
    ["gov-2019", "t2019_3"],
  ]) {
    const form = new FilledForm(id, 11);
    expect(form.check().findings.filter((f) => f.kind === "balance-mismatch")).toEqual([]);
    form.set(table, "r2_carry_in.other", form.value(table, "r2_carry_in.other") + 1);
    const broken = form.check().findings.filter((f) => f.kind === "balance-mismatch");
    expect(broken.map((f) => f.colId)).toEqual(["other"]);
  }
});
