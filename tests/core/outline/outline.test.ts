import { checkWorkbook } from "../../../src/core/check";
import { officialLayout } from "../../../src/core/layout/official-layout";
import { templateById } from "../../../src/core/templates";
import {
  generateOutline,
  type Outline,
  outlineToMarkdown,
  outlineToText,
  type Run,
  runsText,
  titleInfo,
} from "../../../src/core/outline";
import { type Figures } from "../../../src/core/rules/context";
import { seedFigures, seedTitle } from "../crosscheck/seed";
import { checked, filled, FULL, workbook } from "./fixtures";

const TEMPLATES = ["gov-2021", "gov-2019", "pre-2019"];

function outlineOf(templateId: string, figures: Figures): Outline {
  const outline = generateOutline(checked(templateId, figures));
  if (!outline) throw new Error(`no outline for ${templateId}`);
  return outline;
}

/** Paragraph texts under each heading, sub-sections under their own heading. */
function bySection(outline: Outline): Map<string, Run[][]> {
  const out = new Map<string, Run[][]>();
  let current = "";
  for (const b of outline.blocks) {
    if (b.kind === "heading") {
      current = b.text;
      out.set(current, []);
    } else out.get(current)!.push(b.runs);
  }
  return out;
}

function allRuns(outline: Outline): Run[] {
  return outline.blocks.flatMap((b) => (b.kind === "paragraph" ? b.runs : []));
}

const GOV_GAPS = [
  "（一）主动公开",
  "（二）依申请公开",
  "（三）政府信息管理",
  "（四）政府信息公开平台建设",
  "（五）监督保障",
  "五、存在的主要问题及改进情况",
  "六、其他需要报告的事项",
];
const PLACEHOLDER_SECTIONS: Record<string, string[]> = {
  "gov-2021": GOV_GAPS,
  "gov-2019": GOV_GAPS,
  "pre-2019": [
    "一、组织领导情况和制度建设情况",
    "二、信息公开基本措施",
    "三、主动公开政府信息情况",
    "四、人大政协建议提案办理情况",
    "七、收费及减免情况",
    "八、政府信息公开工作存在问题及改进情况",
    "九、其他需要说明的事项",
  ],
};

describe.each(TEMPLATES)("%s outline", (templateId) => {
  test.each([
    ["full", FULL[templateId]],
    ["empty", {}],
  ])("%s tables: every number shown is in the table", (_, given) => {
    const figures = filled(templateId, given);
    const outline = outlineOf(templateId, figures);
    for (const run of allRuns(outline)) {
      if (run.kind === "figure") {
        const values = run.keys.map((k) => figures[run.table][k] ?? 0);
        if (run.derived === "percent") continue;
        expect(run.value).toBeCloseTo(values.reduce((a, b) => a + b, 0));
        if (!run.derived) expect(values).toHaveLength(1);
      } else {
        expect(run.text).not.toMatch(/[0-9０-９]/);
      }
    }
  });

  test("empty tables read naturally: no figures and no zero chains", () => {
    const outline = outlineOf(templateId, filled(templateId));
    const text = outlineToText(outline);
    expect(allRuns(outline).filter((r) => r.kind === "figure")).toEqual([]);
    expect(text).not.toMatch(/0\s*[件条次篇人个项]|其中[。，]/);
    expect(text).toContain("未收到政府信息公开申请");
    expect(text).toMatch(/未发生因政府信息公开引起的行政复议、行政诉讼/);
  });

  test("placeholders stand exactly where only the clerk can write (full tables)", () => {
    const sections = bySection(outlineOf(templateId, filled(templateId, FULL[templateId])));
    const withGaps = [...sections]
      .filter(([, ps]) => ps.some((runs) => runs.some((r) => r.kind === "placeholder")))
      .map(([h]) => h);
    expect(withGaps).toEqual(PLACEHOLDER_SECTIONS[templateId]);
  });
});

test("gov-2021 sentences carry the figures with their 口径", () => {
  const outline = outlineOf("gov-2021", filled("gov-2021", FULL["gov-2021"]));
  const text = outlineToText(outline);
  expect(text).toContain("本年度新收政府信息公开申请713件，上年结转36件；本年度办理完毕672件");
  expect(text).toContain(
    "本年度新收政府信息公开申请713件（其中自然人600件、法人或其他组织113件），上年结转36件。",
  );
  expect(text).toContain("其中予以公开294件、部分公开101件、不予公开12件");
  expect(text).toContain("结转下年度继续办理77件");
  expect(text).toContain("本年度因政府信息公开被申请行政复议4件，其中结果维持2件、结果纠正1件、尚未审结1件");
  const figure = allRuns(outline).find((r) => r.kind === "figure" && r.keys[0] === "r1_new.total");
  expect(figure).toMatchObject({ table: "t2021_3", value: 713, sheet: "统计表" });
  expect(figure && figure.kind === "figure" && figure.cell).toMatch(/^[A-Z]+\d+$/);
});

test("the 公开率 is given only when something was handled", () => {
  const full = outlineToText(outlineOf("gov-2021", filled("gov-2021", FULL["gov-2021"])));
  expect(full).toContain("予以公开和部分公开的占办理完毕数的58.8%");
  expect(outlineToText(outlineOf("gov-2021", filled("gov-2021")))).not.toContain("%");
});

test("section 六 reports applications dropped for unpaid fees from 三（六）2", () => {
  const figures = filled("gov-2021", FULL["gov-2021"]);
  const t3 = figures.t2021_3;
  t3["r3_6_1.np"] = 17;
  t3["r3_6_1.total"] = 22;
  t3["r3_6_2.np"] = 3;
  t3["r3_6_2.total"] = 3;
  const six = bySection(outlineOf("gov-2021", figures)).get("六、其他需要报告的事项")!;
  expect(runsText(six[0])).toContain("行政机关不再处理的政府信息公开申请3件");
});

test("figures of a table with errors are shown as 【数据待核】, not as fact", () => {
  const figures = filled("gov-2021", FULL["gov-2021"]);
  figures.t2021_3["r4_carry_out.np"] = 70;
  figures.t2021_3["r4_carry_out.total"] = 87;
  const outline = outlineOf("gov-2021", figures);
  const sections = bySection(outline);
  const three = sections.get("三、收到和处理政府信息公开申请情况")!.flat();
  expect(three.some((r) => r.kind === "figure")).toBe(false);
  const carry = three.find((r) => r.kind === "unverified" && r.keys.includes("r4_carry_out.total"));
  expect(carry?.text).toBe("【数据待核：表中为 87】");
  expect(carry?.kind === "unverified" && carry.reason).toMatch(/不平衡/);
  const two = sections.get("二、主动公开政府信息情况")!.flat();
  expect(two.some((r) => r.kind === "figure" && r.value === 120)).toBe(true);
});

test("reporting body and year come from the title row, or the options", () => {
  const titled = workbook("gov-2021", filled("gov-2021"), "XX市财政局2025年政府信息公开工作年度报告");
  expect(titleInfo(titled)).toEqual({ unit: "XX市财政局", year: 2025 });
  expect(titleInfo(workbook("pre-2019", filled("pre-2019"), "2018年度政府信息公开工作情况统计表"))).toEqual({
    unit: null,
    year: 2018,
  });
  const outline = generateOutline(checked("gov-2021", filled("gov-2021")), {
    unit: "XX市财政局",
    year: 2025,
  })!;
  expect(outlineToMarkdown(outline).split("\n")[0]).toBe("# XX市财政局2025年政府信息公开工作年度报告");
  const unknown = generateOutline(checked("gov-2021", filled("gov-2021")))!;
  expect(runsText(unknown.title)).toBe("【待填写：单位名称】【待填写：年份】年政府信息公开工作年度报告");
});

test("in the seed 统计表 only the part with errors (二、回应解读) is held back; 主动公开 is stated", () => {
  const outline = generateOutline(checked("pre-2019", seedFigures, seedTitle))!;
  const three = bySection(outline).get("三、主动公开政府信息情况")!;
  expect(three[0].filter((r) => r.kind === "figure").map((r) => r.value)).toEqual([92, 262, 585, 52]);
  const responses = three[1].filter((r) => r.kind === "unverified");
  expect(responses.map((r) => r.value)).toEqual([2, 3]);
  // The placeholder holds the figure as entered; why it is in doubt stays with the run (and in the findings).
  expect(responses.map((r) => r.text)).toEqual(["【数据待核：表中为 2】", "【数据待核：表中为 3】"]);
  const reasons = responses.map((r) => (r.kind === "unverified" ? r.reason : ""));
  expect(reasons[1]).toContain("差额恰为其中项");
  expect(reasons[0]).toContain("「2018年度政府信息公开工作情况统计表」的这一部分尚有2处错误未改正");
});

test("a table missing from the workbook leaves a gap instead of invented sentences", () => {
  const template = templateById("gov-2021")!;
  const partial = { ...template, tables: template.tables.filter((t) => t.id !== "t2021_4") };
  const layout = officialLayout(partial, { figures: filled("gov-2021", FULL["gov-2021"]) });
  const result = checkWorkbook({ sheets: [{ name: layout.name, rows: layout.rows, merges: layout.merges }] });
  expect(result.template).toBe("gov-2021");
  const four = bySection(generateOutline(result)!).get("四、政府信息公开行政复议、行政诉讼情况")!;
  expect(four.map(runsText)).toEqual([
    "【待填写：统计表中未找到「表四 政府信息公开行政复议、行政诉讼情况」，请据实填写相关情况】",
  ]);
});
