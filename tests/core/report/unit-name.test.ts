import { beijingTime, reportYear, unitName } from "../../../src/core/report";

test.each([
  ["甲局2025年政府信息公开工作年度报告.xlsx", "甲局"],
  ["/data/乙县财政局_2025年报.xlsx", "乙县财政局"],
  ["丙委员会（终稿）.xlsx", "丙委员会"],
  ["丁办-统计表-v2.xlsx", "丁办"],
])("unit of %s is %s", (file, unit) => {
  expect(unitName(file)).toBe(unit);
});

test("falls back to the title row when the file name says nothing about the unit", () => {
  const grid = {
    sheets: [{ name: "统计表", rows: [["戊市司法局2025年度政府信息公开工作年度报告统计表"]], merges: [] }],
  };
  expect(unitName("2025年报.xlsx", grid)).toBe("戊市司法局");
  expect(reportYear("报表.xlsx", grid)).toBe(2025);
});

test("export time is shown in Beijing time", () => {
  expect(beijingTime("2026-01-15T20:30:00.000Z")).toBe("2026-01-16 04:30（北京时间）");
});
