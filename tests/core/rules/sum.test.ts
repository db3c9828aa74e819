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
  expect(np.detail).toBe(
    "（七）总计（自然人）应为 15（= 予以公开 12 + 部分公开 3 + 其余 19 项为 0），实为 14，相差 1",
  );
  expect(np.involved.map((c) => c.role)).toEqual(["total", ...Array(21).fill("part")]);
  const en = form
    .check({ lang: "en-US" })
    .findings.find((f) => f.rule === "t3_result_total" && f.colId === "np")!;
  expect(en.detail).toBe(
    "（七）总计（自然人） should be 15 (= 予以公开 12 + 部分公开 3 + 19 more at 0) but is 14, a difference of 1",
  );
  for (const f of sums) expect(f.detail).not.toMatch(/SUM|=\s*[A-Z]+\d|\{|\}/);
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
  expect(f.detail).toMatch(new RegExp(`^（一）予以公开（总计）应为 ${v}（= .*），实为 ${v + 2}，相差 2$`));
  // The applicant columns, largest first.
  const named = [...f.detail!.matchAll(/(自然人|商业企业|科研机构|社会公益组织|法律服务机构|其他) (\d+)/g)];
  expect(named.length).toBeGreaterThan(1);
  const figures = named.map((m) => Number(m[2]));
  expect(figures).toEqual([...figures].sort((a, b) => b - a));
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
  expect(f[0].detail).toContain("（一）收到申请数应为");

  const t4 = zeroForm("gov-2021", { t2021_4: { "cases.ss_after_wc": 2, "cases.ss_after_total": 3 } });
  const [s] = t4.check().findings.filter((x) => x.kind === "sum-mismatch");
  expect(s.rule).toBe("t4_ss_after_total");
  expect(s.detail).toBe(
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

describe.each(["gov-2021", "gov-2019"])("the three totals of 表四 (%s)", (templateId) => {
  const T4 = templateId === "gov-2021" ? "t2021_4" : "t2019_4";
  // 总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结, in each group; the figures below are right.
  const right = {
    "cases.fy_wc": 2,
    "cases.fy_jz": 1,
    "cases.fy_qt": 0,
    "cases.fy_wsj": 3,
    "cases.fy_total": 6,
    "cases.ss_direct_wc": 1,
    "cases.ss_direct_jz": 0,
    "cases.ss_direct_qt": 4,
    "cases.ss_direct_wsj": 0,
    "cases.ss_direct_total": 5,
    "cases.ss_after_wc": 0,
    "cases.ss_after_jz": 2,
    "cases.ss_after_qt": 0,
    "cases.ss_after_wsj": 1,
    "cases.ss_after_total": 3,
  };
  const sums = (cells: Record<string, number>) =>
    zeroForm(templateId, { [T4]: { ...right, ...cells } })
      .check()
      .findings.filter((f) => f.kind === "sum-mismatch");

  test("right figures give nothing", () => {
    expect(sums({})).toEqual([]);
  });

  test.each([
    [
      "cases.fy_wsj",
      "t4_fy_total",
      "cases.fy_total",
      6,
      "行政复议·总计应为 6（= 结果维持 2 + 结果纠正 1 + 其他结果 0 + 尚未审结 3），实为 3，相差 3",
    ],
    [
      "cases.ss_direct_qt",
      "t4_ss_direct_total",
      "cases.ss_direct_total",
      5,
      "行政诉讼·未经复议直接起诉·总计应为 5（= 结果维持 1 + 结果纠正 0 + 其他结果 4 + 尚未审结 0），实为 1，相差 4",
    ],
    [
      "cases.ss_after_jz",
      "t4_ss_after_total",
      "cases.ss_after_total",
      3,
      "行政诉讼·复议后起诉·总计应为 3（= 结果维持 0 + 结果纠正 2 + 其他结果 0 + 尚未审结 1），实为 1，相差 2",
    ],
  ])("a total that leaves out %s is an error at that total", (part, rule, total, expected, message) => {
    // The clerk's total without that part: what a missing term in the relation would let through.
    const short = expected - right[part as keyof typeof right];
    const [f, ...rest] = sums({ [total]: short });
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ rule, expected, actual: short, severity: "error" });
    expect(f.detail).toBe(message);
  });

  test("every part counts: one more in any part of a group breaks that group's total only", () => {
    for (const g of ["fy", "ss_direct", "ss_after"])
      for (const p of ["wc", "jz", "qt", "wsj"]) {
        const key = `cases.${g}_${p}`;
        const found = sums({ [key]: right[key as keyof typeof right] + 1 });
        expect(found.map((f) => f.rule)).toEqual([`t4_${g}_total`]);
      }
  });
});

test("a total too low by exactly a 其中 row gets the hint too", () => {
  // （二）通过不同渠道和方式回应解读的情况 = 1 + 2 + 3 + 4 + 5; 其中 主要负责同志参加新闻发布会 2 of 1.参加或举办新闻发布会 5.
  const form = zeroForm("pre-2019", {
    pre2019: {
      "P2_2_1.value": 5,
      "P2_2_1a.value": 2,
      "P2_2_3.value": 3,
      "P2_2.value": 6,
    },
  });
  const [f] = form.check().findings.filter((x) => x.kind === "sum-mismatch");
  expect(f).toMatchObject({ rule: "pre_P2_2", expected: 8, actual: 6, difference: -2 });
  expect(f.detail).toBe(
    "（二）通过不同渠道和方式回应解读的情况应为 8（= 参加或举办新闻发布会总次数 5 + 政策解读稿件发布数 3 + 其余 3 项为 0），实为 6，相差 2；差额恰为其中项「其中：主要负责同志参加新闻发布会次数」的 2，其中项不应计入合计",
  );
});
