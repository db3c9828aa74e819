import { checkWorkbook } from "../../src/core/check";
import { type Highlight } from "../../src/core/host";
import { ExcelHost } from "../../src/excel/ExcelHost";
import { MARK_COLORS } from "../../src/excel/mark-targets";
import { checkAndMark } from "../../src/commands/run-check";
import { openInProcess } from "../../tools/excel-sim/in-process";
import {
  clerkRule,
  fills,
  gov2021Book,
  openIn,
  paint,
  setValue,
  SHEET,
  shown,
  valueAt,
} from "./sim-workbook";

const CLERK_BLUE = "#00B0F0";
const CLERK_GREEN = "#C6EFCE";

/** The gov-2021 workbook with the clerk's own fills and mistakes on cells that will be flagged. */
function workbook() {
  const fixture = gov2021Book();
  const total = fixture.cellOf("t2021_3", "r1_new.total");
  const text = fixture.cellOf("t2021_3", "r3_1.np");
  setValue(fixture.sheet, total, Number(valueAt(fixture.sheet, total)) + 3);
  paint(fixture.sheet, total, CLERK_GREEN);
  setValue(fixture.sheet, text, "十");
  paint(fixture.sheet, "A1", "#FFFF00");
  return { ...fixture, total, text, seen: (cell: string) => shown(fixture.sheet, cell) };
}

async function mark(host: ExcelHost): Promise<Highlight[]> {
  const result = checkWorkbook(await host.readGrid());
  const highlights = result.findings
    .filter((f) => f.sheet && f.cell)
    .map((f) => ({ sheet: f.sheet!, cell: f.cell!, severity: f.severity, kind: f.kind, message: f.message }));
  await host.applyHighlights(highlights);
  return highlights;
}

describe("ExcelApi 1.6+: conditional formats", () => {
  test("marks errors and warnings in their colours without touching the clerk's fills, and clear removes only ours", async () => {
    const w = workbook();
    clerkRule(w.book, w.sheet, "A1", "=A1>0", "#FF0000");
    const excel = openIn(w.book, "1.6");
    const own = fills(w.book);
    const host = new ExcelHost();
    const highlights = await mark(host);
    const marked = excel.roundTrips();

    expect(w.seen(w.total)).toBe(MARK_COLORS.error);
    const warning = highlights.find(
      (h) => h.severity === "warning" && !highlights.some((e) => e.cell === h.cell && e.severity === "error"),
    );
    if (warning) expect(w.seen(warning.cell)).toBe(MARK_COLORS.warning);
    expect(fills(w.book)).toEqual(own);
    expect(w.sheet.cfs.length).toBeGreaterThan(1);

    await host.clearHighlights();
    // The mark record is read again (another runtime may have marked), then the marks and then their removal.
    expect(excel.roundTrips() - marked).toBeLessThanOrEqual(3);
    expect(w.sheet.cfs.map((c) => c.formula)).toEqual(["=A1>0"]);
    expect(fills(w.book)).toEqual(own);
    expect(w.seen(w.total)).toBe(CLERK_GREEN);
  });

  test("clear works from the saved settings after the workbook is reopened", async () => {
    const w = workbook();
    openIn(w.book, "1.13");
    await mark(new ExcelHost());
    expect(w.sheet.cfs.length).toBeGreaterThan(0);

    openIn(w.book, "1.13");
    await new ExcelHost().clearHighlights();
    expect(w.sheet.cfs).toHaveLength(0);
    expect(w.seen(w.text)).toBeNull();
  });

  test("a cell the clerk refilled while marked keeps the clerk's fill after clear", async () => {
    const w = workbook();
    openIn(w.book, "1.6");
    await mark(new ExcelHost());
    paint(w.sheet, w.text, CLERK_BLUE);
    expect(w.seen(w.text)).toBe(MARK_COLORS.error);

    openIn(w.book, "1.6");
    await new ExcelHost().clearHighlights();
    expect(w.seen(w.text)).toBe(CLERK_BLUE);
    expect(w.seen(w.total)).toBe(CLERK_GREEN);
  });

  test("each check replaces the last one's marks: a fixed cell loses its mark", async () => {
    const w = workbook();
    const excel = openIn(w.book, "1.7");
    const host = new ExcelHost();
    await mark(host);
    await excel.edit(SHEET, w.text, 4);
    await mark(host);
    expect(w.seen(w.text)).toBeNull();
    expect(w.seen(w.total)).toBe(MARK_COLORS.error);
  });
});

test.each(["1.1", "1.4", "1.7", "1.13"])(
  "ExcelApi %s: 清除标记 in the pane removes the marks the ribbon's 一键检查 made after the pane's last read",
  async (level) => {
    const w = workbook();
    // Two runtimes of one workbook, each with its own office.js: the task pane and the ribbon's function file.
    const pane = openInProcess(w.book, level);
    const ribbon = openInProcess(w.book, level);
    pane.install();
    const host = new ExcelHost();
    await host.readGrid();
    ribbon.install();
    await checkAndMark(new ExcelHost());
    expect(w.seen(w.text)).toBe(MARK_COLORS.error);

    pane.install();
    await host.clearHighlights();
    expect(w.seen(w.text)).toBeNull();
    expect(w.seen(w.total)).toBe(CLERK_GREEN);
    expect(w.sheet.cfs).toHaveLength(0);
  },
);

describe("before ExcelApi 1.6: painted fills with a snapshot", () => {
  test("paints, then clear after a reopen restores every fill, No Fill as No Fill", async () => {
    const w = workbook();
    const excel = openIn(w.book, "1.1");
    const own = fills(w.book);
    const host = new ExcelHost();
    expect(host.capabilities().notes).toContainEqual({
      text: "此版本 Excel 不支持条件格式，标记将直接修改填充色并可用“清除标记”还原",
      when: "marked",
    });
    await mark(host);
    // ExcelApi 1.1 keeps the mark record in the Common API settings: their refresh and save cost two more.
    expect(excel.roundTrips()).toBeLessThanOrEqual(4);
    expect(w.seen(w.total)).toBe(MARK_COLORS.error);
    expect(w.seen(w.text)).toBe(MARK_COLORS.error);

    openIn(w.book, "1.1");
    await new ExcelHost().clearHighlights();
    const after = fills(w.book);
    for (const [k, v] of Object.entries(own)) expect([k, after[k]]).toEqual([k, v]);
    expect(w.seen(w.total)).toBe(CLERK_GREEN);
    expect(w.seen(w.text)).toBeNull();
  });

  test("a cell the clerk refilled while marked keeps the clerk's fill on clear and on the next check", async () => {
    const w = workbook();
    openIn(w.book, "1.1");
    await mark(new ExcelHost());
    paint(w.sheet, w.text, CLERK_BLUE);

    openIn(w.book, "1.1");
    const host = new ExcelHost();
    await host.clearHighlights();
    expect(w.seen(w.text)).toBe(CLERK_BLUE);
    expect(w.seen(w.total)).toBe(CLERK_GREEN);

    await mark(host);
    expect(w.seen(w.text)).toBe(MARK_COLORS.error);
    await host.clearHighlights();
    expect(w.seen(w.text)).toBe(CLERK_BLUE);
  });

  test("a recheck keeps the first snapshot: marking twice then clearing still gives the clerk's fill back", async () => {
    const w = workbook();
    const excel = openIn(w.book, "1.1");
    const host = new ExcelHost();
    await mark(host);
    const before = excel.roundTrips();
    await mark(host);
    expect(excel.roundTrips() - before).toBeLessThanOrEqual(4);
    await host.clearHighlights();
    expect(w.seen(w.total)).toBe(CLERK_GREEN);
    expect(w.seen(w.text)).toBeNull();
  });
});
