import { checkWorkbook } from "../../src/core/check";
import { fromA1 } from "../../src/core/grid";
import { type Highlight } from "../../src/core/host";
import { ExcelHost } from "../../src/excel/ExcelHost";
import { MARK_COLORS } from "../../src/excel/mark-targets";
import { openInFakeExcel } from "./fake-office";
import { fills, gov2021Document, SHEET } from "./gov2021-fixture";

const CLERK_BLUE = "#00B0F0";
const CLERK_GREEN = "#C6EFCE";

/** The gov-2021 workbook with the clerk's own fills and mistakes on cells that will be flagged. */
function workbook() {
  const fixture = gov2021Document();
  const sheet = fixture.doc.wb.sheet(SHEET)!;
  const at = (key: string) => fromA1(fixture.cellOf("t2021_3", key));
  const total = at("r1_new.total");
  sheet.cell(total.row, total.col).value = Number(sheet.cell(total.row, total.col).value) + 3;
  sheet.cell(total.row, total.col).fill = CLERK_GREEN;
  const text = at("r3_1.np");
  sheet.cell(text.row, text.col).value = "十";
  sheet.cell(0, 0).fill = "#FFFF00";
  return {
    ...fixture,
    sheet,
    total: fixture.cellOf("t2021_3", "r1_new.total"),
    text: fixture.cellOf("t2021_3", "r3_1.np"),
  };
}

async function mark(host: ExcelHost): Promise<Highlight[]> {
  const result = checkWorkbook(await host.readGrid());
  const highlights = result.findings
    .filter((f) => f.sheet && f.cell)
    .map((f) => ({ sheet: f.sheet!, cell: f.cell!, severity: f.severity, kind: f.kind, message: f.message }));
  await host.applyHighlights(highlights);
  return highlights;
}

function shown(w: ReturnType<typeof workbook>, cell: string): string | null {
  const p = fromA1(cell);
  return w.doc.wb.shownFill(SHEET, p.row, p.col);
}

describe("ExcelApi 1.6+: conditional formats", () => {
  test("marks errors and warnings in their colours without touching the clerk's fills, and clear removes only ours", async () => {
    const w = workbook();
    w.sheet.cfs.push({
      id: "clerk",
      rect: { top: 0, left: 0, bottom: 0, right: 0 },
      formula: "=A1>0",
      color: "#FF0000",
    });
    const office = openInFakeExcel(w.doc, { maxMinor: 6 });
    const own = fills(w.doc);
    const highlights = await mark(new ExcelHost());
    const marked = office.excel.syncs;

    expect(shown(w, w.total)).toBe(MARK_COLORS.error);
    const warning = highlights.find(
      (h) => h.severity === "warning" && !highlights.some((e) => e.cell === h.cell && e.severity === "error"),
    );
    if (warning) expect(shown(w, warning.cell)).toBe(MARK_COLORS.warning);
    expect(fills(w.doc)).toEqual(own);
    expect(w.sheet.cfs.length).toBeGreaterThan(1);

    await new ExcelHost().clearHighlights();
    expect(office.excel.syncs - marked).toBeLessThanOrEqual(2);
    expect(w.sheet.cfs.map((c) => c.id)).toEqual(["clerk"]);
    expect(fills(w.doc)).toEqual(own);
    expect(shown(w, w.total)).toBe(CLERK_GREEN);
  });

  test("clear works from the saved settings after the workbook is reopened, though Excel renumbered the formats", async () => {
    const w = workbook();
    openInFakeExcel(w.doc, { maxMinor: 13 });
    await mark(new ExcelHost());
    expect(w.sheet.cfs.length).toBeGreaterThan(0);

    w.doc.wb.renumberCfs();
    openInFakeExcel(w.doc, { maxMinor: 13 });
    await new ExcelHost().clearHighlights();
    expect(w.sheet.cfs).toHaveLength(0);
    expect(shown(w, w.text)).toBeNull();
  });

  test("a cell the clerk refilled while marked keeps the clerk's fill after clear", async () => {
    const w = workbook();
    openInFakeExcel(w.doc, { maxMinor: 6 });
    await mark(new ExcelHost());
    const p = fromA1(w.text);
    w.sheet.cell(p.row, p.col).fill = CLERK_BLUE;
    expect(shown(w, w.text)).toBe(MARK_COLORS.error);

    openInFakeExcel(w.doc, { maxMinor: 6 });
    await new ExcelHost().clearHighlights();
    expect(shown(w, w.text)).toBe(CLERK_BLUE);
    expect(shown(w, w.total)).toBe(CLERK_GREEN);
  });

  test("each check replaces the last one's marks: a fixed cell loses its mark", async () => {
    const w = workbook();
    const office = openInFakeExcel(w.doc, { maxMinor: 7 });
    const host = new ExcelHost();
    await mark(host);
    await office.excel.edit(SHEET, w.text, 4);
    await mark(host);
    expect(shown(w, w.text)).toBeNull();
    expect(shown(w, w.total)).toBe(MARK_COLORS.error);
  });
});

describe("before ExcelApi 1.6: painted fills with a snapshot", () => {
  test("paints, then clear after a reopen restores every fill, No Fill as No Fill", async () => {
    const w = workbook();
    const office = openInFakeExcel(w.doc, { maxMinor: 1 });
    const own = fills(w.doc);
    const host = new ExcelHost();
    expect(host.capabilities().notes).toContainEqual({
      text: "此版本 Excel 不支持条件格式，标记将直接修改填充色并可用“清除标记”还原",
      when: "marked",
    });
    await mark(host);
    expect(office.excel.syncs).toBeLessThanOrEqual(2);
    expect(shown(w, w.total)).toBe(MARK_COLORS.error);
    expect(shown(w, w.text)).toBe(MARK_COLORS.error);

    openInFakeExcel(w.doc, { maxMinor: 1 });
    await new ExcelHost().clearHighlights();
    const after = fills(w.doc);
    for (const [k, v] of Object.entries(own)) expect([k, after[k]]).toEqual([k, v]);
    expect(shown(w, w.total)).toBe(CLERK_GREEN);
    expect(shown(w, w.text)).toBeNull();
  });

  test("a cell the clerk refilled while marked keeps the clerk's fill on clear and on the next check", async () => {
    const w = workbook();
    openInFakeExcel(w.doc, { maxMinor: 1 });
    await mark(new ExcelHost());
    const p = fromA1(w.text);
    w.sheet.cell(p.row, p.col).fill = CLERK_BLUE;

    openInFakeExcel(w.doc, { maxMinor: 1 });
    const host = new ExcelHost();
    await host.clearHighlights();
    expect(shown(w, w.text)).toBe(CLERK_BLUE);
    expect(shown(w, w.total)).toBe(CLERK_GREEN);

    await mark(host);
    expect(shown(w, w.text)).toBe(MARK_COLORS.error);
    await host.clearHighlights();
    expect(shown(w, w.text)).toBe(CLERK_BLUE);
  });

  test("a recheck keeps the first snapshot: marking twice then clearing still gives the clerk's fill back", async () => {
    const w = workbook();
    const office = openInFakeExcel(w.doc, { maxMinor: 1 });
    const host = new ExcelHost();
    await mark(host);
    const before = office.excel.syncs;
    await mark(host);
    expect(office.excel.syncs - before).toBeLessThanOrEqual(2);
    await host.clearHighlights();
    expect(shown(w, w.total)).toBe(CLERK_GREEN);
    expect(shown(w, w.text)).toBeNull();
  });
});
