import { FilledForm, zeroForm } from "../helpers";

test("上年结转 follows last year's 结转下年度继续办理, column by column", () => {
  const form = new FilledForm("gov-2021", 12);
  const carried = form.value("t2021_3", "r2_carry_in.ngo");
  const prior = {
    t2021_3: Object.fromEntries(
      ["np", "biz", "research", "ngo", "legal", "other", "total"].map((c) => [
        `r4_carry_out.${c}`,
        form.value("t2021_3", `r2_carry_in.${c}`),
      ]),
    ),
  };
  expect(form.check({ prior }).findings).toEqual([]);
  prior.t2021_3["r4_carry_out.ngo"] = carried + 3;
  prior.t2021_3["r4_carry_out.total"] += 3;
  const found = form.check({ prior }).findings;
  expect(found.map((f) => [f.kind, f.severity, f.colId])).toEqual([
    ["prior-year-mismatch", "warning", "ngo"],
    ["prior-year-mismatch", "warning", "total"],
  ]);
  expect(found[0]).toMatchObject({
    expected: carried + 3,
    actual: carried,
    difference: -3,
    cell: form.address("t2021_3", "r2_carry_in.ngo"),
  });
  expect(found[0].detail).toBe(
    `二、上年结转政府信息公开申请数量（社会公益组织）为 ${carried}，按上年报告应为 ${carried + 3}（上年结转下年度继续办理 ${carried + 3}），相差 3`,
  );
});

test("last year's report in the 2019 format is matched by table number", () => {
  const form = new FilledForm("gov-2021", 12);
  const prior = { t2019_3: { "r4_carry_out.np": form.value("t2021_3", "r2_carry_in.np") + 1 } };
  const found = form.check({ prior, lang: "en-US" }).findings;
  expect(found.map((f) => f.colId)).toEqual(["np"]);
  expect(found[0].detail).toMatch(
    /is \d+, but last year's report gives \d+ \(last year's 结转下年度继续办理 \d+\), a difference of 1$/,
  );
});

test("现行有效件数 = 上年现行有效 + 本年制发 − 本年废止", () => {
  const form = zeroForm("gov-2021", {
    t2021_2: { "xzgfxwj.made": 4, "xzgfxwj.repealed": 1, "xzgfxwj.valid": 20 },
  });
  expect(form.check({ prior: { t2021_2: { "xzgfxwj.valid": 17 } } }).findings).toEqual([]);
  const [f] = form.check({ prior: { t2021_2: { "xzgfxwj.valid": 15 } } }).findings;
  expect(f).toMatchObject({ rule: "t2_valid_rollforward", expected: 18, actual: 20 });
  expect(f.detail).toBe(
    "行政规范性文件（现行有效件数）为 20，按上年报告应为 18（上年现行有效件数 15 + 本年制发件数 4 − 本年废止件数 1），相差 2",
  );
});

test("without last year's figures nothing is said", () => {
  const form = new FilledForm("gov-2021", 12).set("t2021_3", "r2_carry_in.np", 999);
  expect(form.check().findings.some((f) => f.kind === "prior-year-mismatch")).toBe(false);
  expect(form.check({ prior: { t2021_3: {} } }).findings.some((f) => f.kind === "prior-year-mismatch")).toBe(
    false,
  );
});
