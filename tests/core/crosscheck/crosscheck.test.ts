import { crosscheck } from "../../../src/core/crosscheck";
import { generateOutline, outlineToText } from "../../../src/core/outline";
import { checked, filled, FULL } from "../outline/fixtures";
import { HEADINGS_2021, seedFigures, seedText, seedTitle } from "./seed";

const full2021 = () => checked("gov-2021", filled("gov-2021", FULL["gov-2021"]));

/** A 2021-format report whose section i holds body[i]. */
function report(body: string[], headings = HEADINGS_2021): string {
  return headings.map((h, i) => `${h}\n${body[i] || "略。"}`).join("\n");
}

describe("the 2018 seed report against its own 统计表", () => {
  const result = crosscheck(seedText, checked("pre-2019", seedFigures, seedTitle));

  test("finds 政策解读 7 in the text against 3 in the table, and nothing else", () => {
    expect(result.findings).toHaveLength(1);
    const [f] = result.findings;
    expect(f).toMatchObject({
      kind: "narrative-mismatch",
      severity: "warning",
      rule: "narrative.policy",
      actual: 7,
      expected: 3,
      rowId: "P2_2_3",
    });
    expect(f.cell).toMatch(/^[A-Z]+\d+$/);
    expect(f.message).toContain("政策解读7条");
    expect(f.message).toContain("统计表中为 3");
  });

  test("agrees on the 52 items, the 500多 WeChat items and the 0 applications", () => {
    const agreed = result.statements.filter((s) => s.agrees).map((s) => [s.topic, s.quoted, s.tableValue]);
    expect(agreed).toEqual(
      expect.arrayContaining([
        ["active", 52, 52],
        ["active", 500, 585],
        ["applications", 0, 0],
        ["review", 0, 0],
        ["litigation", 0, 0],
      ]),
    );
    expect(result.statements.find((s) => s.quote === "500多条")?.vague).toBe(true);
  });
});

test.each(["gov-2021", "gov-2019", "pre-2019"])(
  "the generated %s outline agrees with its own tables",
  (id) => {
    for (const figures of [filled(id, FULL[id]), filled(id)]) {
      const result = checked(id, figures);
      const text = outlineToText(generateOutline(result)!);
      const out = crosscheck(text, result);
      // The outline leaves 【待填写：…】 where only the clerk can write: those sections are empty until then.
      const empty = out.findings.filter((f) => f.rule === "narrative.section-empty");
      expect(empty.length).toBeGreaterThan(0);
      for (const f of empty) expect(text).toMatch(new RegExp(`${f.params.found}\\n\\s*【待填写`));
      expect(out.findings.filter((f) => f.severity !== "info" && !empty.includes(f))).toEqual([]);
      expect(out.statements.every((s) => s.agrees)).toBe(true);
    }
    const full = checked(id, filled(id, FULL[id]));
    expect(crosscheck(outlineToText(generateOutline(full)!), full).statements.length).toBeGreaterThan(3);
  },
);

test("contradictions planted in each section are reported with the sentence, the quote and the cell", () => {
  const text = report([
    "本年度新收政府信息公开申请700件，上年结转36件。",
    "本年度作出行政许可决定130件、行政处罚决定45件。",
    "本年度办理完毕672件，其中予以公开290件、部分公开101件；结转下年度继续办理77件。",
    "本年度未发生因政府信息公开引起的行政复议。",
  ]);
  const out = crosscheck(text, full2021());
  const warnings = out.findings.filter((f) => f.severity === "warning");
  expect(warnings.map((f) => [f.rule, f.actual, f.expected])).toEqual([
    ["narrative.new", 700, 713],
    ["narrative.licences", 130, 120],
    ["narrative.open", 290, 294],
    ["narrative.review", 0, 4],
  ]);
  expect(warnings[0].message).toBe(
    `正文“本年度新收政府信息公开申请700件，上年结转36件。”写本年新收政府信息公开申请数量为 700件，统计表中为 713（统计表!${warnings[0].cell}），两者不一致`,
  );
  expect(warnings[3].message).toContain("说没有行政复议总计，统计表中却为 4");
  expect(out.statements.find((s) => s.quote === "700件")?.section).toBe("一、总体情况");
  expect(out.statements.find((s) => s.quote === "36件")?.agrees).toBe(true);
});

test("the fee sentence of 六 is checked against 三（六）2", () => {
  const text = report([
    "",
    "",
    "",
    "",
    "",
    "本年度因申请人逾期未按收费通知要求缴纳费用、行政机关不再处理的政府信息公开申请2件。",
  ]);
  const out = crosscheck(text, full2021());
  expect(out.findings.map((f) => [f.rule, f.actual, f.expected, f.rowId])).toEqual([
    ["narrative.fee-dropped", 2, 0, "r3_6_2"],
  ]);
});

test("contradictions planted in each part of a pre-2019 report", () => {
  const text = [
    "一、组织领导情况和制度建设情况",
    "本局从事政府信息公开工作人员3人，其中兼职人员2人。",
    "三、主动公开政府信息情况",
    "全年主动公开政府信息100条，其中政府网站262条。政策解读3篇。",
    "五、依申请公开政府信息情况",
    "本年度共收到政府信息公开申请3件。",
    "六、行政复议和行政诉讼情况",
    "本年度被申请行政复议1件，未发生行政诉讼。",
  ].join("\n");
  const out = crosscheck(text, checked("pre-2019", seedFigures, seedTitle));
  const warnings = out.findings.filter(
    (f) => f.rule.startsWith("narrative.") && !f.rule.startsWith("narrative.section"),
  );
  expect(warnings.map((f) => [f.rule, f.actual, f.expected])).toEqual([
    ["narrative.staff", 3, 2],
    ["narrative.active", 100, 92],
    ["narrative.applications", 3, 0],
    ["narrative.review", 1, 0],
  ]);
  expect(
    out.findings.filter((f) => f.rule === "narrative.section-missing").every((f) => f.severity === "info"),
  ).toBe(true);
});

test("「予以公开和部分公开共N件」 is read as their sum", () => {
  const out = crosscheck(
    report(["", "", "予以公开和部分公开共395件，予以公开和部分公开396件。"]),
    full2021(),
  );
  expect(out.statements.map((s) => [s.topic, s.quoted, s.tableValue, s.agrees])).toEqual([
    ["open-or-partial", 395, 395, true],
    ["open-or-partial", 396, 395, false],
  ]);
});

test("a figure is named within its own clause, not by words before a comma", () => {
  const out = crosscheck(report(["畅通受理渠道，全年办理咨询20件。"]), full2021());
  expect(out.statements).toEqual([]);
});

test("受理 is accepted as 新收 only or as 新收 + 上年结转, saying which", () => {
  const both = crosscheck(
    report(["本年度共受理政府信息公开申请749件。", "", "受理政府信息公开申请713件。"]),
    full2021(),
  );
  expect(both.findings.filter((f) => f.severity === "warning")).toEqual([]);
  const notes = both.findings.filter((f) => f.severity === "info").map((f) => f.params.basis);
  expect(notes).toEqual(["本年新收加上年结转", "本年新收"]);
  expect(both.statements.map((s) => s.basis)).toEqual(["本年新收加上年结转", "本年新收"]);
  const wrong = crosscheck(report(["本年度共受理政府信息公开申请720件。"]), full2021());
  expect(wrong.findings).toHaveLength(1);
  expect(wrong.findings[0].message).toContain("713（本年新收） 或 749（本年新收加上年结转）");
  const english = crosscheck(report(["本年度共受理政府信息公开申请720件。"]), full2021(), { lang: "en-US" });
  expect(english.findings[0].message).toContain("the table has 713 (本年新收) or 749 (本年新收加上年结转)");
});

test("full-width digits and Chinese numerals are read as the clerk wrote them", () => {
  const ok = crosscheck(
    report([
      "本年度新收政府信息公开申请７１３件，上年结转三十六件。",
      "",
      "",
      "本年度因政府信息公开被申请行政复议四件。",
    ]),
    full2021(),
  );
  expect(ok.findings.filter((f) => f.severity === "warning")).toEqual([]);
  expect(ok.statements.map((s) => s.quoted)).toEqual([713, 36, 4]);
  const bad = crosscheck(report(["本年度新收政府信息公开申请七百件。"]), full2021());
  expect(bad.findings.map((f) => [f.actual, f.expected])).toEqual([[700, 713]]);
});

test("missing, misnumbered and outdated section headings are findings", () => {
  const missing = crosscheck(
    report(
      [],
      HEADINGS_2021.filter((h) => !h.startsWith("五")),
    ),
    full2021(),
  );
  expect(missing.findings.map((f) => [f.rule, f.params.heading])).toEqual([
    ["narrative.section-missing", "五、存在的主要问题及改进情况"],
  ]);
  const renumbered = [
    ...HEADINGS_2021.slice(0, 4),
    "五、政府信息公开收费及减免情况",
    "六、存在的主要问题及改进情况",
    "七、其他需要报告的事项",
  ];
  const out = crosscheck(report([], renumbered), full2021());
  expect(out.findings.map((f) => f.rule)).toEqual([
    "narrative.section-misnumbered",
    "narrative.section-misnumbered",
    "narrative.section-outdated",
  ]);
  expect(out.findings[2].message).toContain("「五、政府信息公开收费及减免情况」是 2019 年以前报告的标题");
  expect(crosscheck(report([]), full2021()).findings).toEqual([]);
});

test("section 四 is named in full and recognised in its shorter wording", () => {
  const without = crosscheck(
    report(
      [],
      HEADINGS_2021.filter((h) => !h.startsWith("四")),
    ),
    full2021(),
  );
  expect(without.findings.map((f) => f.params.heading)).toEqual(["四、政府信息公开行政复议、行政诉讼情况"]);
  const shorter = HEADINGS_2021.map((h) => (h.startsWith("四") ? "四、行政复议、行政诉讼情况" : h));
  expect(crosscheck(report([], shorter), full2021()).findings).toEqual([]);
});

test("headings numbered by Word (no 「一、」 in the text) still count, and are not called misnumbered", () => {
  const plain = HEADINGS_2021.map((h) => h.replace(/^[一二三四五六]、/, ""));
  expect(crosscheck(report([], plain), full2021()).findings).toEqual([]);
  const withOld = crosscheck(report([], [...plain, "收费及减免情况"]), full2021());
  expect(withOld.findings.map((f) => f.rule)).toEqual(["narrative.section-outdated"]);
  expect(withOld.findings[0].message).toMatch(/^正文章节「收费及减免情况」/);
});
