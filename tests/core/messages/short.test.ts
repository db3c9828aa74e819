import fc from "fast-check";
import { checkWorkbook, type CheckWorkbookOptions } from "../../../src/core/check";
import { type Finding } from "../../../src/core/finding";
import { type CellValue } from "../../../src/core/grid";
import { officialLayout } from "../../../src/core/layout/official-layout";
import { type Lang } from "../../../src/core/messages/render";
import { templateById } from "../../../src/core/templates";
import { zeroForm } from "../helpers";

type Cells = Record<string, Record<string, number | null>>;

/** The findings of an all-zero form with `cells` set, in one language. */
function findings(template: string, cells: Cells, lang: Lang, options: CheckWorkbookOptions = {}): Finding[] {
  return zeroForm(template, cells).check({ ...options, lang }).findings;
}

function one(list: Finding[], match: Partial<Finding>): Finding {
  const found = list.filter((f) => Object.entries(match).every(([k, v]) => f[k as keyof Finding] === v));
  expect(found).toHaveLength(1);
  return found[0];
}

const T3 = "t2021_3";
/** （七）总计 of 自然人 from six non-zero parts (32), entered as 31. */
const SIX_PARTS: Cells = {
  [T3]: {
    "r3_1.np": 14,
    "r3_2.np": 7,
    "r3_3_1.np": 1,
    "r3_3_2.np": 2,
    "r3_4_1.np": 3,
    "r3_6_3.np": 5,
    "r3_7_total.np": 31,
  },
};

describe("the short line of every kind of finding, in both languages (written out by hand)", () => {
  test("sum-mismatch: the total, what it should be, what it is; the parts only in the detail", () => {
    const zh = one(findings("gov-2021", SIX_PARTS, "zh-CN"), { rule: "t3_result_total", colId: "np" });
    expect(zh.message).toBe("（七）总计 应为 32，实为 31，相差 1");
    const en = one(findings("gov-2021", SIX_PARTS, "en-US"), { rule: "t3_result_total", colId: "np" });
    expect(en.message).toBe("（七）总计 should be 32 but is 31, a difference of 1");
  });

  test("sum-mismatch detail: a long list of parts ordered by size and cut with 等 N 项", () => {
    const zh = one(findings("gov-2021", SIX_PARTS, "zh-CN"), { rule: "t3_result_total", colId: "np" });
    expect(zh.detail).toBe(
      "（七）总计（自然人）应为 32（= 予以公开 14 + 部分公开 7 + 其他 5 + 本机关不掌握相关政府信息 3 等 21 项），实为 31，相差 1",
    );
    const en = one(findings("gov-2021", SIX_PARTS, "en-US"), { rule: "t3_result_total", colId: "np" });
    expect(en.detail).toBe(
      "（七）总计（自然人） should be 32 (= 予以公开 14 + 部分公开 7 + 其他 5 + 本机关不掌握相关政府信息 3 and others, 21 in all) but is 31, a difference of 1",
    );
    // Every part, with its cell, stays in the finding.
    expect(zh.involved.filter((c) => c.role === "part")).toHaveLength(21);
  });

  test("balance-mismatch", () => {
    const cells: Cells = {
      [T3]: { "r1_new.biz": 10, "r1_new.total": 10, "r3_1.biz": 9, "r3_1.total": 9 },
    };
    cells[T3]["r3_7_total.biz"] = 9;
    cells[T3]["r3_7_total.total"] = 9;
    const zh = one(findings("gov-2021", cells, "zh-CN"), { kind: "balance-mismatch", colId: "biz" });
    expect(zh.message).toBe("商业企业列不平衡：第一、二项之和 10，第三、四项之和 9，相差 1");
    const en = one(findings("gov-2021", cells, "en-US"), { kind: "balance-mismatch", colId: "biz" });
    expect(en.message).toBe("column 商业企业 unbalanced: 1+2 = 10, 3+4 = 9, off by 1");
  });

  test("empty-required", () => {
    const cells = { t2021_2: { "xzxk.decisions": null } };
    expect(one(findings("gov-2021", cells, "zh-CN"), { kind: "empty-required" }).message).toBe("未填写");
    expect(one(findings("gov-2021", cells, "en-US"), { kind: "empty-required" }).message).toBe(
      "not filled in",
    );
  });

  test.each([
    ["不详", "不是数字：“不详”", "not a number: “不详”"],
    ["12件", "带有单位：“12件”，只填 12", "with a unit: “12件”; enter 12 only"],
    ["１２", "全角数字：“１２”，应为 12", "full-width digits “１２”: type 12"],
    ["12", "以文本存储的数字：12", "number stored as text: 12"],
    [{ error: "#REF!" }, "公式错误 #REF!", "formula error #REF!"],
    [-3, "负数 -3", "negative: -3"],
    [2.5, "小数 2.5，应为整数", "fraction 2.5; counts are whole numbers"],
    [
      "这一格填的是一整句很长很长的说明文字而不是数字",
      "不是数字：“这一格填的是一整句很长很长的说明文字而…”",
      null,
    ],
  ] as Array<[CellValue, string, string | null]>)("the number rule: %j", (value, zh, en) => {
    const form = zeroForm("gov-2021", {});
    const p = form.pos(T3, "r3_3_2.np");
    form.grid.sheets[0].rows[p.row][p.col] = value;
    const rule = (lang: Lang) => one(form.check({ lang }).findings, { rule: "number" });
    expect(rule("zh-CN").message).toBe(zh);
    if (en) expect(rule("en-US").message).toBe(en);
    // The long form still names the cell's row and column.
    expect(rule("zh-CN").detail).toContain("2.其他法律行政法规禁止公开（自然人）");
  });

  test("prior-year-mismatch", () => {
    const prior = { [T3]: { "r4_carry_out.ngo": 3 } };
    const zh = one(findings("gov-2021", {}, "zh-CN", { prior }), { kind: "prior-year-mismatch" });
    expect(zh.message).toBe("二、上年结转政府信息公开申请数量 按上年报告应为 3，实为 0，相差 3");
    const en = one(findings("gov-2021", {}, "en-US", { prior }), { kind: "prior-year-mismatch" });
    expect(en.message).toBe(
      "二、上年结转政府信息公开申请数量 should be 3 by last year's report but is 0, a difference of 3",
    );
  });

  test("subset-exceeds", () => {
    const cells = {
      pre2019: { "P1_1.value": 5, "P1_1a.value": 8, "P1_1b.value": 9, "P1_2.value": 5, "P1_2_2.value": 5 },
    };
    const zh = one(findings("pre-2019", cells, "zh-CN"), { kind: "subset-exceeds", rowId: "P1_1a" });
    expect(zh.message).toBe("其中：主动公开规范性文件数 为 8，大于所属项的 5");
    const en = one(findings("pre-2019", cells, "en-US"), { kind: "subset-exceeds", rowId: "P1_1a" });
    expect(en.message).toBe("其中：主动公开规范性文件数 is 8, more than the 5 it is part of");
  });

  test("implausible", () => {
    const gz = { t2021_2: { "gz.made": 2 } };
    expect(one(findings("gov-2021", gz, "zh-CN"), { rule: "t2_guizhang_issuer" }).message).toBe(
      "规章 为 2：请确认本机关可以制定规章",
    );
    expect(one(findings("gov-2021", gz, "en-US"), { rule: "t2_guizhang_issuer" }).message).toBe(
      "规章 is 2: confirm this body makes 规章",
    );
    const floor = { t2021_2: { "xzgfxwj.made": 25 } };
    expect(one(findings("gov-2021", floor, "zh-CN"), { kind: "implausible" }).message).toBe(
      "行政规范性文件 现行有效 0，少于制发减废止 25",
    );
    expect(one(findings("gov-2021", floor, "en-US"), { kind: "implausible" }).message).toBe(
      "行政规范性文件 in force 0, below issued − repealed = 25",
    );
    const group = { pre2019: { "P10.value": 5 } };
    expect(one(findings("pre-2019", group, "zh-CN"), { kind: "implausible" }).message).toBe(
      "分组标题行应留空，实为 5",
    );
    expect(one(findings("pre-2019", group, "en-US"), { kind: "implausible" }).message).toBe(
      "group heading row should stay blank; it holds 5",
    );
  });

  test("outdated-template, missing-row, template-not-found", () => {
    expect(one(findings("gov-2019", {}, "zh-CN"), { kind: "outdated-template" }).message).toBe(
      "格式已过时：2019 年试行格式已被2021 年格式取代",
    );
    expect(one(findings("gov-2019", {}, "en-US"), { kind: "outdated-template" }).message).toBe(
      "outdated format: 2019 年试行格式, superseded by 2021 年格式",
    );
    const form = zeroForm("gov-2021", {});
    const rows = form.grid.sheets[0].rows;
    form.grid.sheets[0].rows = rows.slice(
      0,
      rows.findIndex((r) => r[0] === "四、政府信息公开行政复议、行政诉讼情况"),
    );
    expect(one(form.check().findings, { kind: "missing-row" }).message).toBe(
      "未找到表四 政府信息公开行政复议、行政诉讼情况",
    );
    expect(one(form.check({ lang: "en-US" }).findings, { kind: "missing-row" }).message).toBe(
      "表四 政府信息公开行政复议、行政诉讼情况 not found",
    );
    expect(checkWorkbook({ sheets: [] }).findings[0].message).toBe("未找到标准统计表");
    expect(checkWorkbook({ sheets: [] }, { lang: "en-US" }).findings[0].message).toBe(
      "no standard statistics table found",
    );
  });
});

/**
 * What clerks have been seen to type into a cell: counts up to six digits, a stray minus or fraction, words of any
 * length, numbers with their unit, blanks.
 */
const entry: fc.Arbitrary<CellValue> = fc.oneof(
  fc.integer({ min: 0, max: 999999 }),
  fc.integer({ min: -999, max: -1 }),
  fc.integer({ min: 1, max: 9999 }).map((n) => n / 100),
  fc.string({ minLength: 1, maxLength: 60 }),
  fc.integer({ min: 0, max: 99999 }).map((n) => `${n}件`),
  fc.constant(null),
);

test("no short line is over 80 characters, whatever the clerk typed into whichever cells", () => {
  const templates = ["gov-2021", "gov-2019", "pre-2019"];
  const inputs = new Map(templates.map((id) => [id, officialLayout(templateById(id)!).inputs]));
  fc.assert(
    fc.property(
      fc.constantFrom(...templates),
      fc.array(fc.tuple(fc.nat(), entry), { minLength: 1, maxLength: 6 }),
      fc.constantFrom<Lang>("zh-CN", "en-US"),
      (id, edits, lang) => {
        const form = zeroForm(id, {});
        const list = inputs.get(id)!;
        for (const [i, value] of edits) {
          const input = list[i % list.length];
          form.set(input.tableId, input.key, value);
        }
        for (const f of form.check({ lang }).findings) expect([...f.message].length).toBeLessThanOrEqual(80);
      },
    ),
    { numRuns: 200 },
  );
});
