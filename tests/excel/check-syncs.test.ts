import { checkWorkbook } from "../../src/core/check";
import { fromA1, toA1 } from "../../src/core/grid";
import { type Highlight } from "../../src/core/host";
import { ExcelHost } from "../../src/excel/ExcelHost";
import { MARK_COLORS } from "../../src/excel/mark-targets";
import {
  clerkRule,
  gov2021Book,
  openIn,
  paint,
  putRows,
  setValue,
  SHEET,
  shown,
  valueAt,
} from "./sim-workbook";

function highlightsOf(result: ReturnType<typeof checkWorkbook>): Highlight[] {
  return result.findings
    .filter((f) => f.sheet && f.cell)
    .map((f) => ({ sheet: f.sheet!, cell: f.cell!, severity: f.severity, kind: f.kind, message: f.message }));
}

async function fullCheck(host: ExcelHost): Promise<ReturnType<typeof checkWorkbook>> {
  const result = checkWorkbook(await host.readGrid());
  await host.applyHighlights(highlightsOf(result));
  return result;
}

function planted() {
  const fixture = gov2021Book();
  const totalCell = fixture.cellOf("t2021_3", "r1_new.total");
  const textCell = fixture.cellOf("t2021_3", "r3_1.np");
  setValue(fixture.sheet, totalCell, Number(valueAt(fixture.sheet, totalCell)) + 5);
  setValue(fixture.sheet, textCell, "十");
  return { ...fixture, totalCell, textCell };
}

test.each(["1.6", "1.13"])(
  "a full check of a gov-2021 workbook costs at most 2 round trips, settings included, on ExcelApi %s",
  async (level) => {
    const { book, sheet, totalCell, textCell } = planted();
    const excel = openIn(book, level);
    const result = await fullCheck(new ExcelHost());

    expect(result.template).toBe("gov-2021");
    expect(result.summary.errors).toBeGreaterThanOrEqual(2);
    // Settings refresh and save wait for Excel as a sync does (5 round trips before ExcelApi 1.4 settings).
    expect(excel.roundTrips()).toBeLessThanOrEqual(2);
    expect(shown(sheet, totalCell)).toBe(MARK_COLORS.error);
    expect(shown(sheet, textCell)).toBe(MARK_COLORS.error);
    expect(shown(sheet, "A1")).toBeNull();
    const flagged = new Set(
      result.findings.filter((f) => f.cell && f.severity !== "info").map((f) => f.cell),
    );
    for (const cell of flagged) expect(shown(sheet, cell!)).not.toBeNull();
  },
);

test("a live recheck after the clerk's edit costs 2 round trips and drops the mark of the fixed cell", async () => {
  const { book, sheet, totalCell } = planted();
  const excel = openIn(book, "1.7");
  const host = new ExcelHost();
  await fullCheck(host);
  const changes: number[] = [];
  const unsubscribe = host.onChange(() => changes.push(excel.roundTrips()));
  await excel.recorder.idle(50);

  const before = excel.roundTrips();
  await excel.edit(SHEET, totalCell, Number(valueAt(sheet, totalCell)) - 5);
  expect(changes).toHaveLength(1);
  const recheck = await fullCheck(host);

  expect(excel.roundTrips() - before).toBeLessThanOrEqual(2);
  expect(recheck.findings.some((f) => f.cell === totalCell)).toBe(false);
  expect(shown(sheet, totalCell)).toBeNull();
  unsubscribe();
  await excel.recorder.idle(50);
  await excel.edit(SHEET, "A1", "x");
  expect(changes).toHaveLength(1);
});

test("the check reads tables on any sheet; a workbook opened cold costs one more round trip, later checks two", async () => {
  const { book } = planted();
  book.activeSheetId = putRows(book, "说明", [["本表由办公室填报"]]).id;
  const excel = openIn(book, "1.13");
  const host = new ExcelHost();
  const first = await fullCheck(host);
  const cold = excel.roundTrips();
  await fullCheck(host);
  const warm = excel.roundTrips() - cold;

  expect(first.template).toBe("gov-2021");
  expect(first.tables.every((t) => t.sheet === SHEET)).toBe(true);
  expect(cold).toBe(3);
  expect(warm).toBe(2);
});

test("opened cold at the table sheet, a workbook with other sheets is still checked in 2 round trips", async () => {
  const { book } = planted();
  putRows(book, "封面", [["2025年度政府信息公开工作年度报告"]]);
  const excel = openIn(book, "1.13");
  const result = await fullCheck(new ExcelHost());
  expect(result.tables).toHaveLength(3);
  expect(excel.roundTrips()).toBe(2);
});

test("merges are read on ExcelApi 1.13 and left out before", async () => {
  const { book, layout } = planted();
  openIn(book, "1.13");
  expect((await new ExcelHost().readGrid()).sheets[0].merges).toHaveLength(layout.merges.length);
  openIn(book, "1.12");
  const grid = await new ExcelHost().readGrid();
  expect(grid.sheets[0].merges).toHaveLength(0);
  expect(checkWorkbook(grid).template).toBe("gov-2021");
});

test("a renamed table sheet is found again by its labels, and its old marks are replaced, not doubled", async () => {
  const { book, sheet } = planted();
  openIn(book, "1.6");
  const host = new ExcelHost();
  await fullCheck(host);
  sheet.name = "年报定稿";
  const again = await fullCheck(host);
  expect(again.template).toBe("gov-2021");
  expect(again.tables.map((t) => t.sheet)).toEqual(["年报定稿", "年报定稿", "年报定稿"]);
  const marks = book.settings.get("nianbao.marks") as { cf: unknown[] };
  expect(sheet.cfs).toHaveLength(marks.cf.length);
  await host.clearHighlights();
  expect(sheet.cfs).toHaveLength(0);
});

test.each(["1.7", "1.9"])("on ExcelApi %s change events also cover a sheet added later", async (level) => {
  const { book, layout } = planted();
  const excel = openIn(book, level);
  const host = new ExcelHost();
  let changes = 0;
  const unsubscribe = host.onChange(() => changes++);
  await excel.recorder.idle(50);
  await host.insertBlankTemplate("gov-2021");
  await excel.recorder.idle(50);
  // The blank sheet is protected but for its input cells: the clerk types into the first one.
  // From 1.9 the workbook's event also saw the pane write the blank sheet: count the clerk's edit alone.
  const input = layout.inputs[0];
  changes = 0;
  await excel.edit("统计表", toA1(input.row, input.col), 1);
  expect(changes).toBe(1);
  unsubscribe();
});

test("formatting far below the tables does not stretch the read on ExcelApi 1.2+", async () => {
  const { book, sheet, layout } = planted();
  paint(sheet, "AE5000", "#FFFF00");
  openIn(book, "1.2");
  const grid = await new ExcelHost().readGrid();
  expect(grid.sheets[0].rows.length).toBeLessThanOrEqual(layout.rows.length);
  openIn(book, "1.1");
  expect((await new ExcelHost().readGrid()).sheets[0].rows).toHaveLength(5000);
});

test("clearing two marks leaves the clerk's own conditional format, though Excel's ids are priorities", async () => {
  const { book, sheet } = planted();
  clerkRule(book, sheet, "A1", "=A1>0", "#00B050");
  openIn(book, "1.7");
  const host = new ExcelHost();
  const result = checkWorkbook(await host.readGrid());
  // Two marks on top of the clerk's rule: ids "0", "1" and the clerk's "2". Deleting "0" then "1" would hit it.
  const two = highlightsOf(result)
    .filter((h) => h.severity === "error")
    .filter((h, i, all) => all.findIndex((o) => fromA1(o.cell).col === fromA1(h.cell).col) === i)
    .slice(0, 2);
  expect(two).toHaveLength(2);
  await host.applyHighlights(two);
  expect(sheet.cfs).toHaveLength(3);
  await host.clearHighlights();
  expect(sheet.cfs.map((cf) => cf.formula)).toEqual(["=A1>0"]);
});
