import { crosscheck } from "../../../src/core/crosscheck";
import { checked, filled, FULL } from "../outline/fixtures";
import { HEADINGS_2021 } from "./seed";

/** The full 2021 tables of the outline fixtures: 新收 713, 上年结转 36, 办结 672, 不予公开 12, 无法提供 180, 复议 4, 诉讼 1. */
const tables = () => checked("gov-2021", filled("gov-2021", FULL["gov-2021"]));

/** A complete 2021-format report with `body` as the text of 一、总体情况. */
function report(body: string): string {
  return HEADINGS_2021.map((h, i) => `${h}\n${i === 0 ? body : "无。"}`).join("\n");
}

function read(body: string) {
  const out = crosscheck(report(body), tables());
  return {
    warnings: out.findings.filter((f) => f.severity === "warning").map((f) => [f.rule, f.actual, f.expected]),
    statements: out.statements.map((s) => [s.topic, s.quoted, s.agrees]),
  };
}

describe("counts of the report's own parts are not figures", () => {
  test("the list of section names and its 「六个部分」 say nothing about 行政诉讼", () => {
    const text =
      "这份年报分总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议、行政诉讼情况、存在的主要问题及改进情况、其他需要报告的事项等六个部分进行说明。";
    expect(read(text)).toEqual({ warnings: [], statements: [] });
  });

  test("a numbered part listed just before its count is not read either (共6个板块)", () => {
    expect(read("年报正文涵盖总体情况、行政复议、行政诉讼等共6个板块。")).toEqual({
      warnings: [],
      statements: [],
    });
  });

  test("a mechanism named in quotation marks is a name, not what was received", () => {
    expect(read("我局受理“三个一”改革试点任务后迅速落实。")).toEqual({ warnings: [], statements: [] });
    expect(read("全年共受理意见建议三个方面，均已吸收。")).toEqual({ warnings: [], statements: [] });
  });
});

describe("other channels are not 信息公开申请", () => {
  test.each([
    "依托12345政务服务便民热线，全年受理群众各类诉求3810件。",
    "全年共受理群众来信来访及政策咨询86件，均已答复。",
    "通过政务热线受理市民反映的问题，累计受理452件。",
    "网站“局长信箱”收到网民留言120件，办结留言118件。",
  ])("%s", (text) => {
    expect(read(text)).toEqual({ warnings: [], statements: [] });
  });

  test("a 信息公开申请 figure in the same paragraph is still read", () => {
    const out = read("全年收到政府信息公开申请700件。另通过12345热线受理群众诉求3810件。");
    expect(out.warnings).toEqual([["narrative.received", 700, 713]]);
  });
});

describe("parts by the way an application came in", () => {
  test("a channel's share after the total is not the total (「信函受理3件」)", () => {
    const out = read("本年度共受理政府信息公开申请749件，信函受理3件，均按期答复。");
    expect(out.statements).toEqual([["received", 749, true]]);
  });

  test("a list of figures by channel is a list of parts (「……申请9件、当面申请4件」)", () => {
    expect(read("全年经门户网站答复政府信息公开申请9件、当面申请4件。")).toEqual({
      warnings: [],
      statements: [],
    });
  });

  test("a 其中 inside a closed bracket does not reach the figures after it", () => {
    const out = read("全年新收政府信息公开申请713件（其中：在线提交700件，邮寄13件），全年办结672件。");
    expect(out.statements).toEqual([
      ["new", 713, true],
      ["done", 672, true],
    ]);
  });
});

test("the subject written after the figure: 「4件行政复议案件」「77件申请顺延至下一年度办理」", () => {
  expect(read("本年度共发生4件行政复议案件、2件行政诉讼案件。").warnings).toEqual([
    ["narrative.litigation", 2, 1],
  ]);
  expect(read("另有77件申请顺延至下一年度办理。").statements).toEqual([["carry-out", 77, true]]);
  expect(read("年底前仍有70件顺延至下一年度答复。").warnings).toEqual([["narrative.carry-out", 70, 77]]);
});

test("行政规范性文件 said to be newly issued or still in force are 本年制发 and 现行有效", () => {
  const out = read("全年新发布行政规范性文件5件，经清理确定继续有效的行政规范性文件30件。");
  expect(out.warnings).toEqual([["narrative.valid-docs", 30, 31]]);
  expect(out.statements).toEqual([
    ["made-docs", 5, true],
    ["valid-docs", 30, false],
  ]);
});

test("documents counted by disclosure attribute (条) are not application results (件)", () => {
  const text = "全年共产生和获取政府信息620条，其中主动公开415条，依申请公开信息87条，不予公开信息60条。";
  expect(read(text)).toEqual({ warnings: [], statements: [] });
});

describe("a part is not the total", () => {
  test("「其中公开答复……」 after the number of 办结 is not 办理结果总计", () => {
    const out = read("全年办结政府信息公开申请672件，其中公开答复294件，告知无法提供180件。");
    expect(out.warnings).toEqual([]);
    expect(out.statements).toEqual([
      ["done", 672, true],
      ["unable", 180, true],
    ]);
  });

  test("a bracketed part is not the total either, and a wrong total is still found", () => {
    expect(read("本年度办结申请672件（含电话答复12件）。")).toEqual({
      warnings: [],
      statements: [["done", 672, true]],
    });
    const out = read("本年度共答复申请670件（含答复上年结转申请36件）。");
    expect(out.warnings).toEqual([["narrative.done", 670, 672]]);
    expect(out.statements).toEqual([
      ["done", 670, false],
      ["carry-in", 36, true],
    ]);
  });
});

test("a verb just before the number names it when the noun follows: 「共收到720份政府信息公开申请」", () => {
  expect(read("本年度共收到720份政府信息公开申请，均已答复。").warnings).toEqual([
    ["narrative.received", 720, 713],
  ]);
  expect(read("全年共收到749件政府信息公开申请。").statements).toEqual([["received", 749, true]]);
  expect(read("全年共收到3件群众来信。")).toEqual({ warnings: [], statements: [] });
});

test("a quantity in another unit than its subject's is left alone; in the right unit it is read", () => {
  expect(read("本年度新收政府信息公开申请700条。")).toEqual({ warnings: [], statements: [] });
  expect(read("本年度新收政府信息公开申请700件。").warnings).toEqual([["narrative.new", 700, 713]]);
  expect(read("本年度新收政府信息公开申请713份。").statements).toEqual([["new", 713, true]]);
});

test("「未收到行政许可申请」 says nothing about 信息公开申请; 「未收到政府信息公开申请」 does", () => {
  expect(read("本年度未收到行政许可申请。")).toEqual({ warnings: [], statements: [] });
  expect(read("本年度未收到政府信息公开申请。").warnings).toEqual([["narrative.new", 0, 713]]);
});

test("an agreement note has its own kind: narrative-mismatch holds only contradictions", () => {
  const out = crosscheck(
    report("本年度共受理政府信息公开申请749件。本年度新收政府信息公开申请700件。"),
    tables(),
  );
  expect(out.findings.map((f) => [f.kind, f.severity, f.rule])).toEqual([
    ["narrative-agreement", "info", "narrative.received"],
    ["narrative-mismatch", "warning", "narrative.new"],
  ]);
  expect(out.findings[0].message).toBe("正文“749件”按「本年新收加上年结转」口径理解，与统计表一致（749）");
});
