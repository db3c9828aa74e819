import { type WorkbookGrid } from "../../../src/core/grid";
import {
  PRIOR_SHEET,
  priorFromGrid,
  priorFromJson,
  priorRows,
  reportYear,
  storedPrior,
  unitName,
} from "../../../src/core/report";
import { FilledForm } from "../helpers";

describe("priorFromJson", () => {
  test("takes figures, unit and year from what nianbao export wrote", () => {
    const doc = {
      format: "nianbao-export",
      version: 1,
      unit: "甲局",
      year: 2024,
      figures: { t2021_3: { "r4_carry_out.np": 3, "r4_carry_out.biz": null } },
      findings: [],
    };
    const r = priorFromJson(`\uFEFF${JSON.stringify(doc)}`, "/下载/甲局2024年报.json");
    expect(r).toEqual({
      ok: true,
      prior: {
        figures: { t2021_3: { "r4_carry_out.np": 3, "r4_carry_out.biz": null } },
        unit: "甲局",
        year: 2024,
        source: "甲局2024年报.json",
      },
    });
  });

  test("without unit and year, names them from the file name", () => {
    const r = priorFromJson(JSON.stringify({ figures: { t2021_3: {} }, year: "去年" }), "乙局2024年报.json");
    expect(r).toMatchObject({ ok: true, prior: { unit: "乙局", year: 2024 } });
  });

  test.each([
    ["{ figures: ", "上年数据文件「x.json」不是有效的 JSON"],
    ["[]", "上年数据文件「x.json」不是 nianbao export 导出的格式：顶层应为一个对象"],
    ['{"figures":{"t2021_3":{"r1_new.np":"五"}}}', "figures › t2021_3 › r1_new.np 应为数字或 null"],
  ])("refuses %s with a Chinese reason", (text, says) => {
    const r = priorFromJson(text, "x.json");
    expect(r.ok).toBe(false);
    expect(!r.ok && r.message).toContain(says);
  });
});

describe("priorFromGrid", () => {
  test("reads last year's figures, unit and year from last year's workbook", () => {
    const form = new FilledForm("gov-2021", 11);
    const grid: WorkbookGrid = {
      sheets: [
        {
          ...form.grid.sheets[0],
          rows: [["丙局2024年政府信息公开工作年度报告统计表"], ...form.grid.sheets[0].rows],
        },
      ],
    };
    const r = priorFromGrid(grid, "C:\\年报\\上年.xlsx");
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.prior).toMatchObject({ unit: "丙局", year: 2024, source: "上年.xlsx" });
    expect(r.prior.figures.t2021_3["r4_carry_out.np"]).toBe(form.value("t2021_3", "r4_carry_out.np"));
  });

  test("a workbook without the standard tables is refused, naming the file", () => {
    const r = priorFromGrid({ sheets: [{ name: "Sheet1", rows: [["工资表"]], merges: [] }] }, "工资.xlsx");
    expect(r).toEqual({ ok: false, message: "上年数据：「工资.xlsx」中没有找到标准统计表" });
  });
});

describe("the 年报助手上年数据 sheet", () => {
  // The stored layout, written out by hand as a clerk would see it on unhiding the sheet.
  const sheet = {
    name: PRIOR_SHEET,
    merges: [],
    rows: [
      ["年报助手上年数据", "由年报助手写入……"],
      ["年份", "2024"],
      ["单位", "甲局"],
      ["来源文件", "甲局2024年报.xlsx"],
      ["记录时间", "2026-01-05T08:00:00.000Z"],
      [],
      ["表", "单元格", "数值"],
      ["t2021_3", "r4_carry_out.np", "3"],
      ["t2021_3", "r4_carry_out.biz", ""],
      ["t2021_2", "xzgfxwj.valid", 17],
      ["t2021_2", "gz.valid", "十七"],
    ],
  };

  test("is read back: figures (blank as null, unreadable left out), year, unit and source", () => {
    expect(storedPrior({ sheets: [sheet] })).toEqual({
      figures: {
        t2021_3: { "r4_carry_out.np": 3, "r4_carry_out.biz": null },
        t2021_2: { "xzgfxwj.valid": 17 },
      },
      year: 2024,
      unit: "甲局",
      source: "甲局2024年报.xlsx",
    });
  });

  test("no sheet, or one without figures, is no prior", () => {
    expect(storedPrior({ sheets: [] })).toBeNull();
    expect(storedPrior({ sheets: [{ ...sheet, rows: sheet.rows.slice(0, 7) }] })).toBeNull();
  });

  test("priorRows writes that layout, and the sheet never passes for the report's title", () => {
    const prior = {
      figures: { t2021_3: { "r4_carry_out.np": 3, "r4_carry_out.biz": null } },
      year: 2024,
      unit: "甲局",
      source: "a.xlsx",
    };
    const rows = priorRows(prior, "2026-01-05T08:00:00.000Z");
    expect(rows.slice(1, 5)).toEqual([
      ["年份", "2024"],
      ["单位", "甲局"],
      ["来源文件", "a.xlsx"],
      ["记录时间", "2026-01-05T08:00:00.000Z"],
    ]);
    expect(rows.slice(6)).toEqual([
      ["表", "单元格", "数值"],
      ["t2021_3", "r4_carry_out.np", "3"],
      ["t2021_3", "r4_carry_out.biz", ""],
    ]);
    const grid: WorkbookGrid = {
      sheets: [
        { name: PRIOR_SHEET, rows, merges: [] },
        { name: "表", rows: [["丁局2025年度政府信息公开工作年度报告"]], merges: [] },
      ],
    };
    expect(storedPrior(grid)).toEqual(prior);
    expect(reportYear("", grid)).toBe(2025);
    expect(unitName("", grid)).toBe("丁局");
  });
});
