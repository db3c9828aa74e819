import { checkWorkbook } from "../../../src/core/check";
import {
  JUSTIFICATION_SHEET,
  justificationRows,
  justify,
  parseJustifications,
  refuseJustificationText,
  submissionStatus,
  blockingLines,
} from "../../../src/core/report";
import { type Figures } from "../../../src/core/rules/context";
import { type WorkbookGrid } from "../../../src/core/grid";
import { filled, workbook } from "../outline/fixtures";

const NOW = "2026-01-15T08:00:00.000Z";

/** The same workbook with a blank row inserted at `at` on every sheet (merges shift with it). */
function insertRow(grid: WorkbookGrid, at: number): WorkbookGrid {
  return {
    sheets: grid.sheets.map((s) => ({
      name: s.name,
      rows: [...s.rows.slice(0, at), [], ...s.rows.slice(at)],
      merges: s.merges.map((m) => (m.top >= at ? { ...m, top: m.top + 1, bottom: m.bottom + 1 } : m)),
    })),
  };
}

function withBlank(): Figures {
  const figures = filled("gov-2021");
  figures.t2021_4["cases.fy_wc"] = null;
  return figures;
}

test("a clean report is ready to submit", () => {
  const result = checkWorkbook(workbook("gov-2021", filled("gov-2021")));
  const status = submissionStatus(result, []);
  expect(result.summary).toEqual({ errors: 0, warnings: 0, infos: 0 });
  expect(status.ready).toBe(true);
  expect(blockingLines(status)).toEqual([]);
});

test("an error blocks submission even with a 说明 written against it", () => {
  const figures = filled("gov-2021");
  figures.t2021_3["r1_new.total"] = 5;
  const result = checkWorkbook(workbook("gov-2021", figures));
  const error = result.findings.find((f) => f.severity === "error")!;
  const status = submissionStatus(result, justify([], error, "窗口合并后口径调整所致", NOW));
  expect(status.ready).toBe(false);
  expect(status.blockers).toContain(error);
  expect(blockingLines(status)[0]).toMatch(/错误未改正/);
});

test("a warning blocks until a 说明 is recorded, then the report may be submitted", () => {
  const result = checkWorkbook(workbook("gov-2021", withBlank()));
  const warning = result.findings.find((f) => f.severity === "warning")!;
  expect(warning.kind).toBe("empty-required");
  const before = submissionStatus(result, []);
  expect(before.ready).toBe(false);
  expect(before.unjustified).toEqual([warning]);
  expect(blockingLines(before).join("\n")).toContain("没有填写说明");
  const after = submissionStatus(
    result,
    justify([], warning, "本单位当年未发生行政复议案件，系统导出时留空", NOW),
  );
  expect(after.ready).toBe(true);
  expect(after.justified[0].justification.text).toContain("未发生行政复议");
});

test("info findings never block", () => {
  const figures = filled("gov-2021");
  figures.t2021_2["gz.made"] = 1;
  figures.t2021_2["gz.valid"] = 1;
  const result = checkWorkbook(workbook("gov-2021", figures));
  const status = submissionStatus({ findings: result.findings.filter((f) => f.severity === "info") }, []);
  expect(status.infos.length).toBeGreaterThan(0);
  expect(status.ready).toBe(true);
});

test("a 说明 kept in the workbook survives a row inserted above its cell", () => {
  const grid = workbook("gov-2021", withBlank());
  const result = checkWorkbook(grid);
  const warning = result.findings.find((f) => f.severity === "warning")!;
  const rows = justificationRows(justify([], warning, "本单位当年未发生行政复议案件", NOW));
  const saved = { ...grid, sheets: [...grid.sheets, { name: JUSTIFICATION_SHEET, rows, merges: [] }] };

  const moved = insertRow(saved, 0);
  const again = checkWorkbook(moved);
  const warningAgain = again.findings.find((f) => f.severity === "warning")!;
  expect(warningAgain.cell).not.toBe(warning.cell);
  const status = submissionStatus(again, parseJustifications(moved));
  expect(status.ready).toBe(true);
  expect(status.justified.map((j) => j.finding)).toEqual([warningAgain]);
  expect(status.stale).toEqual([]);
});

test("a 说明 whose finding is gone is reported as stale", () => {
  const result = checkWorkbook(workbook("gov-2021", withBlank()));
  const warning = result.findings.find((f) => f.severity === "warning")!;
  const justifications = justify([], warning, "本单位当年未发生行政复议案件", NOW);
  const fixed = checkWorkbook(workbook("gov-2021", filled("gov-2021")));
  const status = submissionStatus(fixed, justifications);
  expect(status.ready).toBe(true);
  expect(status.stale).toHaveLength(1);
  expect(status.stale[0].rowId).toBe("cases");
});

test.each(["", "   ", "无", "。", "/", "略", "N/A", "暂无", "同上。", "ok"])(
  "placeholder 说明 %j is refused",
  (text) => {
    expect(refuseJustificationText(text)).toMatch(/说明|不是说明/);
    const warning = checkWorkbook(workbook("gov-2021", withBlank())).findings[0];
    expect(() => justify([], warning, text, NOW)).toThrow(/说明/);
  },
);

test("a real 说明 is accepted and a second one for the same finding replaces the first", () => {
  expect(refuseJustificationText("系统迁移期间数据缺失")).toBeNull();
  const warning = checkWorkbook(workbook("gov-2021", withBlank())).findings[0];
  const once = justify([], warning, "第一次填写的说明", NOW);
  const twice = justify(once, warning, "第二次填写的说明", NOW);
  expect(twice).toHaveLength(1);
  expect(twice[0].text).toBe("第二次填写的说明");
});

test("the 说明 sheet round-trips and rows without text are skipped", () => {
  const warning = checkWorkbook(workbook("gov-2021", withBlank())).findings[0];
  const rows: (string | null)[][] = justificationRows(
    justify([], warning, "本单位当年未发生行政复议案件", NOW),
  );
  rows.push(["gov-2021", "t2021_4", "cases", "fy_jz", "required", "", NOW, ""]);
  const parsed = parseJustifications({ sheets: [{ name: JUSTIFICATION_SHEET, rows, merges: [] }] });
  expect(parsed).toHaveLength(1);
  expect(parsed[0]).toMatchObject({
    template: "gov-2021",
    table: "t2021_4",
    rowId: "cases",
    colId: "fy_wc",
    time: NOW,
  });
});
