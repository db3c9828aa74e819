import { checkWorkbook } from "../../src/core/check";
import { fromA1 } from "../../src/core/grid";
import { type Highlight } from "../../src/core/host";
import { ExcelHost } from "../../src/excel/ExcelHost";
import { MARK_COLORS } from "../../src/excel/mark-targets";
import { openInFakeExcel } from "./fake-office";
import { gov2021Document, SHEET } from "./gov2021-fixture";

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
  const fixture = gov2021Document();
  const sheet = fixture.doc.wb.sheet(SHEET)!;
  const at = (key: string) => fromA1(fixture.cellOf("t2021_3", key));
  const total = at("r1_new.total");
  const cell = sheet.cell(total.row, total.col);
  cell.value = Number(cell.value) + 5;
  const text = at("r3_1.np");
  sheet.cell(text.row, text.col).value = "十";
  return {
    ...fixture,
    totalCell: fixture.cellOf("t2021_3", "r1_new.total"),
    textCell: fixture.cellOf("t2021_3", "r3_1.np"),
  };
}

test.each([6, 13])(
  "a full check of a gov-2021 workbook costs at most 2 round trips, settings included, on ExcelApi 1.%i",
  async (minor) => {
    const { doc, totalCell, textCell } = planted();
    const office = openInFakeExcel(doc, { maxMinor: minor });
    const result = await fullCheck(new ExcelHost());

    expect(result.template).toBe("gov-2021");
    expect(result.summary.errors).toBeGreaterThanOrEqual(2);
    // Settings refresh and save wait for Excel as a sync does (the simulator showed 5 before ExcelApi 1.4 settings).
    expect(office.excel.syncs + office.commonCalls).toBeLessThanOrEqual(2);
    const shown = (cell: string) => {
      const p = fromA1(cell);
      return doc.wb.shownFill(SHEET, p.row, p.col);
    };
    expect(shown(totalCell)).toBe(MARK_COLORS.error);
    expect(shown(textCell)).toBe(MARK_COLORS.error);
    expect(shown("A1")).toBeNull();
    const flagged = new Set(
      result.findings.filter((f) => f.cell && f.severity !== "info").map((f) => f.cell),
    );
    for (const cell of flagged) expect(shown(cell!)).not.toBeNull();
  },
);

test("a live recheck after the clerk's edit costs 2 syncs and drops the mark of the fixed cell", async () => {
  const { doc, totalCell, layout } = planted();
  const office = openInFakeExcel(doc, { maxMinor: 7 });
  const host = new ExcelHost();
  await fullCheck(host);
  const changes: number[] = [];
  const unsubscribe = host.onChange(() => changes.push(office.excel.syncs));
  await new Promise((r) => setTimeout(r, 0));

  const p = fromA1(totalCell);
  const before = office.excel.syncs;
  const sheet = doc.wb.sheet(SHEET)!;
  await office.excel.edit(SHEET, totalCell, Number(sheet.peek(p.row, p.col)!.value) - 5);
  expect(changes).toHaveLength(1);
  const recheck = await fullCheck(host);
  const liveSyncs = office.excel.syncs - before;

  expect(liveSyncs).toBeLessThanOrEqual(2);
  expect(recheck.findings.some((f) => f.cell === totalCell)).toBe(false);
  expect(doc.wb.shownFill(SHEET, p.row, p.col)).toBeNull();
  expect(layout.rows.length).toBeGreaterThan(10);
  unsubscribe();
  await new Promise((r) => setTimeout(r, 0));
  await office.excel.edit(SHEET, "A1", "x");
  expect(changes).toHaveLength(1);
});

test("the check reads tables on any sheet; a workbook opened cold costs one more sync, later checks two", async () => {
  const { doc } = planted();
  doc.wb.addSheet("说明").setValues([["本表由办公室填报"]]);
  doc.wb.active = 1;
  const office = openInFakeExcel(doc, { maxMinor: 13 });
  const host = new ExcelHost();
  const first = await fullCheck(host);
  const cold = office.excel.syncs;
  await fullCheck(host);
  const warm = office.excel.syncs - cold;

  expect(first.template).toBe("gov-2021");
  expect(first.tables.every((t) => t.sheet === SHEET)).toBe(true);
  expect(cold).toBe(3);
  expect(warm).toBe(2);
});

test("opened cold at the table sheet, a workbook with other sheets is still checked in 2 syncs", async () => {
  const { doc } = planted();
  doc.wb.addSheet("封面").setValues([["2025年度政府信息公开工作年度报告"]]);
  const office = openInFakeExcel(doc, { maxMinor: 13 });
  const result = await fullCheck(new ExcelHost());
  expect(result.tables).toHaveLength(3);
  expect(office.excel.syncs).toBe(2);
});

test("merges are read on ExcelApi 1.13 and left out before", async () => {
  const { doc, layout } = planted();
  openInFakeExcel(doc, { maxMinor: 13 });
  expect((await new ExcelHost().readGrid()).sheets[0].merges).toHaveLength(layout.merges.length);
  openInFakeExcel(doc, { maxMinor: 12 });
  const grid = await new ExcelHost().readGrid();
  expect(grid.sheets[0].merges).toHaveLength(0);
  expect(checkWorkbook(grid).template).toBe("gov-2021");
});

test("a renamed table sheet is found again by its labels, and its old marks are replaced, not doubled", async () => {
  const { doc } = planted();
  openInFakeExcel(doc, { maxMinor: 6 });
  const host = new ExcelHost();
  await fullCheck(host);
  doc.wb.sheet(SHEET)!.name = "年报定稿";
  const again = await fullCheck(host);
  expect(again.template).toBe("gov-2021");
  expect(again.tables.map((t) => t.sheet)).toEqual(["年报定稿", "年报定稿", "年报定稿"]);
  const marks = doc.saved["nianbao.marks"] as { cf: unknown[] };
  expect(doc.wb.sheet("年报定稿")!.cfs).toHaveLength(marks.cf.length);
  await host.clearHighlights();
  expect(doc.wb.sheet("年报定稿")!.cfs).toHaveLength(0);
});

test.each([7, 9])("on ExcelApi 1.%i change events also cover a sheet added later", async (minor) => {
  const { doc } = planted();
  const office = openInFakeExcel(doc, { maxMinor: minor });
  const host = new ExcelHost();
  let changes = 0;
  const unsubscribe = host.onChange(() => changes++);
  await new Promise((r) => setTimeout(r, 0));
  await host.insertBlankTemplate("gov-2021");
  for (let i = 0; i < 5; i++) await new Promise((r) => setTimeout(r, 0));
  await office.excel.edit("统计表", "B10", 1);
  expect(changes).toBe(1);
  unsubscribe();
});

test("formatting far below the tables does not stretch the read on ExcelApi 1.2+", async () => {
  const { doc, layout } = planted();
  doc.wb.sheet(SHEET)!.cell(4999, 30).fill = "#FFFF00";
  openInFakeExcel(doc, { maxMinor: 2 });
  const grid = await new ExcelHost().readGrid();
  expect(grid.sheets[0].rows.length).toBeLessThanOrEqual(layout.rows.length);
  openInFakeExcel(doc, { maxMinor: 1 });
  expect((await new ExcelHost().readGrid()).sheets[0].rows).toHaveLength(5000);
});

test("clearing two marks leaves the clerk's own conditional format, though Excel's ids are priorities", async () => {
  const { doc } = planted();
  const sheet = doc.wb.sheet(SHEET)!;
  sheet.cfs.push({
    id: "clerk",
    rect: { top: 0, left: 0, bottom: 0, right: 0 },
    formula: "=A1>0",
    color: "#00B050",
  });
  openInFakeExcel(doc, { maxMinor: 7 });
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
