import { checkWorkbook } from "../../src/core/check";
import { highlightsFromFindings } from "../../src/core/host";
import { JUSTIFICATION_SHEET } from "../../src/core/report/justifications";
import { type EtApplication } from "../../src/wps/et";
import { WpsHost } from "../../src/wps/WpsHost";
import { FakeEt, type FakeFill } from "./fake-et";
import { CLERK_GREEN, gov2021Workbook, SHEET } from "./gov2021-et";

/** Mark colours as Interior.Color takes them (BGR), worked out by hand from #FFC7CE and #FFEB9C. */
const ERROR_BGR = 0xcec7ff;
const WARNING_BGR = 0x9cebff;
const CLERK_BLUE = 0xf0b000;
const NO_FILL: FakeFill = { color: 0xffffff, pattern: -4142, patternColor: 0 };

/** Table 3's total raised by 3 over its parts (with the clerk's green fill on it) and a 十 typed as a figure. */
function planted() {
  let total = "";
  let text = "";
  const w = gov2021Workbook((set) => {
    total = set("t2021_3", "r1_new.total", 999);
    text = set("t2021_3", "r3_1.np", "十");
  });
  const sheet = w.init.sheets[1];
  sheet.fills = { [total]: CLERK_GREEN, A1: 0x00ffff };
  const fake = new FakeEt(w.init);
  const host = new WpsHost({ app: fake.app as EtApplication, language: "zh-CN" });
  return { ...w, fake, host, total, text };
}

async function check(host: WpsHost) {
  const result = checkWorkbook(await host.readGrid());
  await host.applyHighlights(highlightsFromFindings(result.findings));
  return result;
}

function allFills(fake: FakeEt): Record<string, FakeFill> {
  const out: Record<string, FakeFill> = {};
  for (const s of fake.sheets) for (const [k, c] of s.cells) out[`${s.name}!${k}`] = { ...c.fill };
  return out;
}

describe("WpsHost over the ET object model", () => {
  test("reads the workbook and the check finds the planted mistakes on the right cells", async () => {
    const { host, total, text, layout } = planted();
    const grid = await host.readGrid();
    const byTopLeft = (a: { top: number; left: number }, b: { top: number; left: number }) =>
      a.top - b.top || a.left - b.left;
    expect(grid.sheets[1].merges.sort(byTopLeft)).toEqual(
      layout.merges.filter((m) => typeof layout.rows[m.top][m.left] === "string").sort(byTopLeft),
    );
    const result = checkWorkbook(grid);
    expect(result.template).toBe("gov-2021");
    expect(result.tables.map((t) => t.sheet)).toEqual([SHEET, SHEET, SHEET]);
    const sum = result.findings.find((f) => f.kind === "sum-mismatch" && f.cell === total);
    expect(sum?.actual).toBe(999);
    expect(result.findings.some((f) => f.kind === "not-a-number" && f.cell === text)).toBe(true);
  });

  test("a formula error comes through Value2 as a COM CVErr number and is reported as that error", async () => {
    const w = gov2021Workbook((set) => void set("t2021_3", "r1_new.total", { error: "#DIV/0!" }));
    const host = new WpsHost({ app: new FakeEt(w.init).app as EtApplication });
    const result = checkWorkbook(await host.readGrid());
    const f = result.findings.find(
      (x) => x.cell === w.cellOf("t2021_3", "r1_new.total") && x.kind === "not-a-number",
    );
    expect(f?.message).toContain("#DIV/0!");
  });

  test("a count of 2007 typed by the clerk stays a number although 2007 is also xlErrDiv0", async () => {
    const { fake, host } = planted();
    fake.edit("封面", "B2", 2007);
    const grid = await host.readGrid();
    expect(grid.sheets[0].rows[1][1]).toBe(2007);
  });

  test("a single row and a single column (flat arrays from Value2) read as the cells they are", async () => {
    const fake = new FakeEt({
      sheets: [
        { name: "行", rows: [[null, 1, "二", 3]] },
        { name: "列", rows: [[5], [null], ["六"]] },
      ],
    });
    const grid = await new WpsHost({ app: fake.app as EtApplication }).readGrid();
    expect(grid.sheets[0].rows).toEqual([[null, 1, "二", 3]]);
    expect(grid.sheets[1].rows).toEqual([[5], [null], ["六"]]);
  });

  test("marks errors in BGR red over the clerk's fill; 清除标记 restores every fill exactly", async () => {
    const { fake, host, total } = planted();
    fake.refill(SHEET, "B30", CLERK_BLUE);
    const before = allFills(fake);
    const result = await check(host);

    expect(fake.fill(SHEET, total)).toEqual({ color: ERROR_BGR, pattern: 1, patternColor: 0 });
    const warned = result.findings.find((f) => f.severity === "warning" && f.cell && f.sheet === SHEET);
    if (warned && !result.findings.some((f) => f.severity === "error" && f.cell === warned.cell))
      expect(fake.fill(SHEET, warned.cell!).color).toBe(WARNING_BGR);

    await host.clearHighlights();
    expect(allFills(fake)).toEqual(before);
    expect(fake.fill(SHEET, total)).toEqual({ color: CLERK_GREEN, pattern: 1, patternColor: 0 });
    expect(fake.properties).toEqual([]);
  });

  test("a patterned fill comes back with its pattern and pattern colour", async () => {
    const { fake, host, total } = planted();
    fake.refill(SHEET, total, 0x00ff00, 17, 0x0000ff);
    await check(host);
    expect(fake.fill(SHEET, total).color).toBe(ERROR_BGR);
    await host.clearHighlights();
    expect(fake.fill(SHEET, total)).toEqual({ color: 0x00ff00, pattern: 17, patternColor: 0x0000ff });
  });

  test("a marked cell the clerk refilled meanwhile keeps the clerk's fill; the others are restored", async () => {
    const { fake, host, total, text } = planted();
    await check(host);
    expect(fake.fill(SHEET, text).pattern).toBe(1);
    fake.refill(SHEET, text, CLERK_BLUE);
    await host.clearHighlights();
    expect(fake.fill(SHEET, text)).toEqual({ color: CLERK_BLUE, pattern: 1, patternColor: 0 });
    expect(fake.fill(SHEET, total).color).toBe(CLERK_GREEN);
  });

  test("the record of marks is kept in the workbook, so a later session (a new host) still restores", async () => {
    const { fake, host, total } = planted();
    await check(host);
    expect(fake.properties.length).toBeGreaterThan(1);
    expect(fake.properties.every((p) => p.value.length <= 255)).toBe(true);
    await new WpsHost({ app: fake.app as EtApplication }).clearHighlights();
    expect(fake.fill(SHEET, total)).toEqual({ color: CLERK_GREEN, pattern: 1, patternColor: 0 });
    expect(fake.fill(SHEET, "A3")).toEqual(NO_FILL);
  });

  test("marking again after a fix takes the mark off the fixed cell and keeps the rest", async () => {
    const { fake, host, total, text, cellOf } = planted();
    await check(host);
    fake.edit(SHEET, text, 0);
    await check(host);
    expect(fake.fill(SHEET, total).color).toBe(ERROR_BGR);
    expect(fake.fill(SHEET, text)).not.toEqual({ color: ERROR_BGR, pattern: 1, patternColor: 0 });
    expect(cellOf("t2021_3", "r3_1.np")).toBe(text);
  });

  test("a click on a finding goes to its sheet and selects the cell", async () => {
    const { fake, host, total } = planted();
    await host.selectCell("封面", "A1");
    expect(fake.selected).toBe("封面!A1");
    await host.selectCell(SHEET, total);
    expect(fake.selected).toBe(`${SHEET}!${total}`);
    await expect(host.selectCell("不存在", "A1")).rejects.toThrow("找不到工作表“不存在”");
  });

  test("an edit raises SheetChange and the pane is told; not after unsubscribing, not for the 说明 sheet", async () => {
    const { fake, host, total } = planted();
    const calls: number[] = [];
    const stop = host.onChange(() => calls.push(1));
    fake.edit(SHEET, total, 5);
    expect(calls).toHaveLength(1);
    await host.saveJustifications([["单元格", "说明"]]);
    expect(calls).toHaveLength(1);
    stop();
    expect(fake.listenerCount("SheetChange")).toBe(0);
    fake.edit(SHEET, total, 6);
    expect(calls).toHaveLength(1);
  });

  test("插入标准空白表 adds a protected 统计表 after the last sheet that the check recognises and can mark", async () => {
    const fake = new FakeEt({ sheets: [{ name: "统计表", rows: [["旧表"]] }] });
    const host = new WpsHost({ app: fake.app as EtApplication });
    const name = await host.insertBlankTemplate("gov-2021");
    expect(name).toBe("统计表2");
    expect(fake.sheets.map((s) => s.name)).toEqual(["统计表", "统计表2"]);
    expect(fake.value("统计表", "A1")).toBe("旧表");
    expect(fake.sheet(name).protected).toBe(true);
    const result = await check(host);
    expect(result.template).toBe("gov-2021");
    expect(result.tables).toHaveLength(3);
    expect(result.findings.filter((f) => f.kind === "empty-required").length).toBeGreaterThan(0);
    const blank = result.findings.find((f) => f.kind === "empty-required")!;
    expect(fake.fill(name, blank.cell!).color).toBe(WARNING_BGR);
    await expect(host.insertBlankTemplate("gov-1999")).rejects.toThrow("没有编号为“gov-1999”的标准表样");
  });

  test("写入 writes only confirmed cells and refuses locked cells of a protected sheet before writing any", async () => {
    const fake = new FakeEt({ sheets: [{ name: "表", rows: [["标题"]] }] });
    const host = new WpsHost({ app: fake.app as EtApplication });
    const name = await host.insertBlankTemplate("gov-2021");
    const result = checkWorkbook(await host.readGrid());
    const blank = result.findings.find((f) => f.kind === "empty-required")!.cell!;
    await expect(
      host.writeCells([
        { sheet: name, cell: blank, value: 0 },
        { sheet: name, cell: "A1", value: 0 },
      ]),
    ).rejects.toThrow(`单元格 A1 已锁定，什么都没有写入`);
    expect(fake.value(name, blank)).toBeUndefined();
    await host.writeCells([{ sheet: name, cell: blank, value: 0 }]);
    expect(fake.value(name, blank)).toBe(0);
    await expect(host.writeCells([{ sheet: name, cell: "第一格", value: 1 }])).rejects.toThrow(
      "不是一个单元格地址",
    );
  });

  test("说明 goes to a hidden 年报助手说明 sheet as text, replaced on the next save; the clerk stays put", async () => {
    const { fake, host } = planted();
    await host.selectCell(SHEET, "A1");
    await host.saveJustifications([
      ["单元格", "说明"],
      ["C5", "0012"],
      ["C6", "多出的一行"],
    ]);
    const sheet = fake.sheet(JUSTIFICATION_SHEET);
    expect(sheet.visible).toBe(0);
    expect(fake.value(JUSTIFICATION_SHEET, "B2")).toBe("0012");
    expect(fake.sheets[fake.active].name).toBe(SHEET);
    await host.saveJustifications([["单元格", "说明"]]);
    expect(fake.value(JUSTIFICATION_SHEET, "A2")).toBeUndefined();
    const grid = await host.readGrid();
    expect(grid.sheets.map((s) => s.name)).toContain(JUSTIFICATION_SHEET);
  });

  test("a sheet protected against formatting refuses the marks with the sheet's name; nothing is left half-marked", async () => {
    const { fake, host, total } = planted();
    fake.protect(SHEET, false);
    const before = allFills(fake);
    const result = checkWorkbook(await host.readGrid());
    await expect(host.applyHighlights(highlightsFromFindings(result.findings))).rejects.toThrow(
      `标记失败：工作表“${SHEET}”受保护`,
    );
    expect(allFills(fake)).toEqual(before);
    expect(fake.fill(SHEET, total).color).toBe(CLERK_GREEN);
    await host.clearHighlights();
    expect(allFills(fake)).toEqual(before);
  });

  test("what the object model throws reaches the clerk as a sentence saying what failed", async () => {
    const broken = {
      ActiveWorkbook: {
        get Worksheets(): never {
          throw new Error("RPC 服务器不可用");
        },
      },
    } as unknown as EtApplication;
    await expect(new WpsHost({ app: broken }).readGrid()).rejects.toThrow("读取工作簿失败：RPC 服务器不可用");
  });

  test("outside WPS, or with no workbook open, the clerk reads why", async () => {
    await expect(new WpsHost({ app: null }).readGrid()).rejects.toThrow("未在 WPS 表格中运行");
    const noBook = { ActiveWorkbook: null } as unknown as EtApplication;
    await expect(new WpsHost({ app: noBook }).readGrid()).rejects.toThrow("没有打开的工作簿");
  });

  test("the fake is strict: a member the object model does not have throws", () => {
    const app = new FakeEt({ sheets: [{ name: "S", rows: [[1]] }] }).app as Record<string, unknown>;
    expect(() => app.ActiveSheet).toThrow("not a member");
    const wb = (app as unknown as EtApplication).ActiveWorkbook!;
    expect(() => (wb.Worksheets as unknown as Record<string, unknown>).item).toThrow("not a member");
    expect(() => wb.Worksheets.Item(0)).toThrow();
  });
});
