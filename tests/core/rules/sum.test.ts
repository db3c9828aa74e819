import { FilledForm, zeroForm } from "../helpers";

const T3 = "t2021_3";

test("a column total of 表三: （七）总计 names the parts with their figures", () => {
  const form = zeroForm("gov-2021", {
    [T3]: {
      "r1_new.np": 15,
      "r1_new.total": 15,
      "r3_1.np": 12,
      "r3_1.total": 12,
      "r3_2.np": 3,
      "r3_2.total": 3,
      "r3_7_total.np": 14,
      "r3_7_total.total": 14,
      "r4_carry_out.np": 1,
      "r4_carry_out.total": 1,
    },
  });
  const sums = form.check().findings.filter((f) => f.kind === "sum-mismatch");
  expect(sums).toHaveLength(2);
  const np = sums.find((f) => f.colId === "np")!;
  expect(np).toMatchObject({
    rule: "t3_result_total",
    cell: form.address(T3, "r3_7_total.np"),
    expected: 15,
    actual: 14,
    difference: -1,
  });
  expect(np.message).toBe(
    "（七）总计（自然人）应为 15（= 予以公开 12 + 部分公开 3 + 其余 19 项为 0），实为 14，相差 1",
  );
  expect(np.involved.map((c) => c.role)).toEqual(["total", ...Array(21).fill("part")]);
  const en = form
    .check({ lang: "en-US" })
    .findings.find((f) => f.rule === "t3_result_total" && f.colId === "np")!;
  expect(en.message).toBe(
    "（七）总计（自然人） should be 15 (= 予以公开 12 + 部分公开 3 + 19 more at 0) but is 14, a difference of 1",
  );
  for (const f of sums) expect(f.message).not.toMatch(/SUM|=\s*[A-Z]+\d|\{|\}/);
});

test("a row total of 表三 (总计 column) lists the applicant columns", () => {
  const form = new FilledForm("gov-2021", 5);
  const v = form.value(T3, "r3_1.total");
  form.set(T3, "r3_1.total", v + 2);
  const [f] = form.check().findings.filter((x) => x.kind === "sum-mismatch");
  expect(f).toMatchObject({
    rule: "t3_row_total",
    rowId: "r3_1",
    colId: "total",
    expected: v,
    actual: v + 2,
    difference: 2,
  });
  expect(f.message).toMatch(
    new RegExp(`^（一）予以公开（总计）应为 ${v}（= 自然人 \\d+ \\+ .*），实为 ${v + 2}，相差 2$`),
  );
  // The cell is also a part of the 总计 column's （七）总计; the balance only reads that total, which is unchanged.
  expect(
    form
      .check()
      .findings.map((x) => x.rule)
      .sort(),
  ).toEqual(["t3_result_total", "t3_row_total"]);
});

test("section totals of the pre-2019 统计表 and the totals of 表四", () => {
  const pre = new FilledForm("pre-2019", 2);
  pre.set("pre2019", "P3_1_3.value", pre.value("pre2019", "P3_1_3.value") + 7);
  const f = pre.check().findings.filter((x) => x.kind === "sum-mismatch");
  expect(f.map((x) => x.rule)).toEqual(["pre_P3_1"]);
  expect(f[0]).toMatchObject({ difference: -7, cell: pre.address("pre2019", "P3_1.value") });
  expect(f[0].message).toContain("（一）收到申请数应为");

  const t4 = zeroForm("gov-2021", { t2021_4: { "cases.ss_after_wc": 2, "cases.ss_after_total": 3 } });
  const [s] = t4.check().findings.filter((x) => x.kind === "sum-mismatch");
  expect(s.rule).toBe("t4_ss_after_total");
  expect(s.message).toBe(
    "行政诉讼·复议后起诉·总计应为 2（= 结果维持 2 + 结果纠正 0 + 其他结果 0 + 尚未审结 0），实为 3，相差 1",
  );
});

test("blank parts count as 0; a total left blank over blank parts is not a mismatch", () => {
  const form = zeroForm("pre-2019", {
    pre2019: { "P4.value": null, "P4_1.value": null, "P4_2.value": null, "P4_3.value": null },
  });
  const findings = form.check().findings;
  expect(findings.filter((f) => f.kind === "sum-mismatch")).toEqual([]);
  expect(findings.filter((f) => f.kind === "empty-required").map((f) => f.rowId)).toEqual([
    "P4",
    "P4_1",
    "P4_2",
    "P4_3",
  ]);
});

test("a sum with an unreadable part is left to the number rule", () => {
  const form = new FilledForm("pre-2019", 3).set("pre2019", "P7_1.value", "不详");
  const findings = form.check().findings.filter((f) => f.severity === "error");
  expect(findings.map((f) => `${f.kind}:${f.rowId}`)).toEqual(["not-a-number:P7_1"]);
});
