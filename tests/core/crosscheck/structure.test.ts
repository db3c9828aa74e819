import { crosscheck } from "../../../src/core/crosscheck";
import { checked, filled, FULL } from "../outline/fixtures";
import { HEADINGS_2021, seedFigures, seedText, seedTitle } from "./seed";

const tables = () => checked("gov-2021", filled("gov-2021", FULL["gov-2021"]));

function structure(text: string, template = tables()) {
  return crosscheck(text, template)
    .findings.filter((f) => f.kind === "narrative-structure")
    .map((f) => [f.rule, f.params.heading ?? f.params.found]);
}

describe("headings found where they stand", () => {
  test("a report pasted from a web page as one line: every heading found, every figure in its section", () => {
    const text =
      "XX区统计局2025年政府信息公开工作年度报告 如对本报告有疑问，请与区统计局办公室联系。一、总体情况 2025年，我局依法做好政府信息公开工作，新收政府信息公开申请713件。二、主动公开政府信息情况　三、收到和处理政府信息公开申请情况 四、政府信息公开行政复议、行政诉讼情况；五、存在的主要问题和改进措施 一是公开内容不够丰富，二是解读形式单一。六、其他需要报告的事项 本年度无其他需要报告的事项。";
    const out = crosscheck(text, tables());
    expect(out.findings).toEqual([]);
    expect(out.statements.map((s) => [s.section, s.quote, s.agrees])).toEqual([
      ["一、总体情况", "713件", true],
    ]);
  });

  test.each([
    ["五、存在的主要问题及整改措施", "六、其它需要报告的事项"],
    ["五、政府信息公开工作存在的主要问题及改进情况", "六、其他报告事项"],
    ["五、当前存在的主要问题及下一步改进措施", "六、其他需要报告的事项"],
    ["五、政府信息公开工作中存在的问题及改进措施", "六、其他需要汇报事项"],
  ])("the wording variants %s / %s are the format's 五 and 六", (five, six) => {
    const headings = [...HEADINGS_2021.slice(0, 4), five, six];
    expect(structure(headings.map((h) => `${h}\n无。`).join("\n"))).toEqual([]);
    expect(structure(headings.map((h) => `${h} 无。`).join(""))).toEqual([]);
  });

  test("a numbered list of the sections in the preamble is not taken for the sections themselves", () => {
    const preamble =
      "本报告包括：一、总体情况；二、主动公开政府信息情况；三、收到和处理政府信息公开申请情况；四、政府信息公开行政复议、行政诉讼情况；五、存在的主要问题及改进情况；六、其他需要报告的事项。";
    const text = [preamble, ...HEADINGS_2021.map((h) => `${h}\n无。`)].join("\n");
    expect(structure(text)).toEqual([]);
  });

  test("「一、概述」 and headings that name the 行政机关 are the format's 一 to 三", () => {
    const headings = [
      "一、概述",
      "二、行政机关主动公开政府信息情况",
      "三、行政机关收到和处理政府信息公开申请情况",
      ...HEADINGS_2021.slice(3),
    ];
    expect(structure(headings.map((h) => `${h} 无。`).join(""))).toEqual([]);
  });

  test("「一是」「二、完善制度」 inside a paragraph stay text", () => {
    const body = "一是加强领导。二、完善制度方面，我局修订了保密审查办法。";
    const text = HEADINGS_2021.map((h, i) => `${h}\n${i === 4 ? body : "无。"}`).join("\n");
    expect(structure(text)).toEqual([]);
  });
});

describe("structure findings are worded as such", () => {
  const sections = (headings: string[]) => headings.map((h) => `${h}\n无。`).join("\n");

  test("sections in another order: one finding about the order, and each misnumbered heading", () => {
    const swapped = [...HEADINGS_2021.slice(0, 4), "五、其他需要报告的事项", "六、存在的主要问题及改进情况"];
    const out = crosscheck(sections(swapped), tables());
    expect(out.findings.map((f) => [f.kind, f.rule])).toEqual([
      ["narrative-structure", "narrative.section-misnumbered"],
      ["narrative-structure", "narrative.section-misnumbered"],
      ["narrative-structure", "narrative.section-order"],
    ]);
    expect(out.findings[2].message).toBe(
      "正文各章节的顺序与标准格式不同：正文为 一、总体情况 / 二、主动公开政府信息情况 / 三、收到和处理政府信息公开申请情况 / 四、政府信息公开行政复议、行政诉讼情况 / 五、其他需要报告的事项 / 六、存在的主要问题及改进情况，标准格式为 一、总体情况 / 二、主动公开政府信息情况 / 三、收到和处理政府信息公开申请情况 / 四、政府信息公开行政复议、行政诉讼情况 / 五、存在的主要问题及改进情况 / 六、其他需要报告的事项",
    );
  });

  test("a heading carrying another section's number is named with the number it should have", () => {
    const renumbered = [
      ...HEADINGS_2021.slice(0, 3),
      "四、存在的主要问题及改进情况",
      "五、其他需要报告的事项",
    ];
    expect(structure(sections(renumbered))).toEqual([
      ["narrative.section-missing", "四、政府信息公开行政复议、行政诉讼情况"],
      ["narrative.section-misnumbered", "五、存在的主要问题及改进情况"],
      ["narrative.section-misnumbered", "六、其他需要报告的事项"],
    ]);
    expect(crosscheck(sections(renumbered), tables()).findings[1].message).toBe(
      "正文章节「四、存在的主要问题及改进情况」的序号与标准格式不同，应为「五、存在的主要问题及改进情况」",
    );
  });
});

describe("sections present and filled", () => {
  test("五 with no text under its heading is a warning naming 五", () => {
    const text = HEADINGS_2021.map((h, i) => (i === 4 ? h : `${h}\n无。`)).join("\n");
    const out = crosscheck(text, tables());
    expect(out.findings.map((f) => [f.kind, f.severity, f.rule])).toEqual([
      ["narrative-structure", "warning", "narrative.section-empty"],
    ]);
    expect(out.findings[0].message).toBe(
      "正文章节「五、存在的主要问题及改进情况」下没有内容；没有需要报告的也应写明「无」或「本年度无……」",
    );
  });

  test("六 as a bare last heading is a warning naming 六", () => {
    const text = HEADINGS_2021.map((h, i) => (i === 5 ? h : `${h}\n本年度无。`)).join("\n");
    expect(structure(text)).toEqual([["narrative.section-empty", "六、其他需要报告的事项"]]);
  });

  test("「无」 and 「本年度无……」 fill a section; the outline's 【待填写】 gap does not", () => {
    const filledWith = (five: string) =>
      structure(HEADINGS_2021.map((h, i) => `${h}\n${i === 4 ? five : "无"}`).join("\n"));
    expect(filledWith("无")).toEqual([]);
    expect(filledWith("本年度无需要说明的问题。")).toEqual([]);
    expect(filledWith("【待填写：本年度政府信息公开工作存在的主要问题】")).toEqual([
      ["narrative.section-empty", "五、存在的主要问题及改进情况"],
    ]);
  });

  test("the table sections 二 to 四 may stand bare: a text copy of a report leaves its tables out", () => {
    const text = HEADINGS_2021.map((h, i) => (i >= 1 && i <= 3 ? h : `${h}\n无。`)).join("\n");
    expect(structure(text)).toEqual([]);
  });

  test("a missing section is a warning naming it", () => {
    const text = HEADINGS_2021.filter((h) => !h.startsWith("六"))
      .map((h) => `${h}\n无。`)
      .join("\n");
    const out = crosscheck(text, tables());
    expect(out.findings.map((f) => [f.severity, f.rule, f.params.heading])).toEqual([
      ["warning", "narrative.section-missing", "六、其他需要报告的事项"],
    ]);
  });

  test("the seed report's nine sections are all present and filled", () => {
    const out = crosscheck(seedText, checked("pre-2019", seedFigures, seedTitle));
    expect(out.findings.filter((f) => f.kind === "narrative-structure")).toEqual([]);
    const nine = seedText.replace(/九、其他需要说明的事项[\s\S]*?\n\n/, "九、其他需要说明的事项\n\n");
    expect(structure(nine, checked("pre-2019", seedFigures, seedTitle))).toEqual([
      ["narrative.section-empty", "九、其他需要说明的事项"],
    ]);
  });
});
