import ExcelJS from "exceljs";
import { findingsList, ready, toolbar } from "../../tools/excel-sim/flows";
import { type Sim } from "../../tools/excel-sim/harness";
import { loadXlsx } from "../../tools/excel-sim/load-xlsx";
import { addressOf, cellAt, parseRect, sheetByName, type SimWorkbook } from "../../tools/excel-sim/model";
import { withChromium } from "../e2e/harness";
import { ie11StandIn } from "../../tools/excel-sim/ie11-page";
import { expectCleanRun, expectLegacyInStandIn, PLANTED, simulatedExcel, workbook } from "./fixtures";

/*
 * What the clerk does in the legacy (IE11) pane besides 检查 and 清除标记 (legacy.test.ts): go to a finding's cell,
 * edit, 空白单元格填 0, copy the outline, find where to export, insert a blank standard sheet. On Microsoft's
 * office.js in the simulated Excel at the levels of Office 2016 (ExcelApi 1.1) and 2019 (1.7), in the stand-in for
 * Internet Explorer 11 (tools/excel-sim/ie11-page.ts); what Excel holds afterwards is read from the simulated workbook.
 */

const MISTAKES = "gov2021-mistakes.xlsx";
const planted = PLANTED[MISTAKES];
const SHEET = planted.sheet!;
/** By hand: row 21 of column J sums to 1358 (J21 says 1363), and then 一 1358 + 二 333 = 三 1672 + 四 19 (J45). */
const J21_SUM = 1358;
const J45_BALANCE = "J45";

function valueAt(book: SimWorkbook, sheet: string, cell: string): unknown {
  const r = parseRect(cell)!;
  return cellAt(sheetByName(book, sheet)!, r.top, r.left)?.value ?? null;
}

/** Every cell's value, as "sheet!A1" → value. */
function values(book: SimWorkbook): Map<string, unknown> {
  const out = new Map<string, unknown>();
  for (const sheet of book.sheets)
    for (const [key, cell] of sheet.cells) {
      const [r, c] = key.split(",").map(Number);
      if (cell.value !== null)
        out.set(addressOf(sheet, { top: r, left: c, bottom: r, right: c }), cell.value);
    }
  return out;
}

withChromium("the legacy pane's actions on the simulated Excel of Office 2016/2019", () => {
  const startSim = simulatedExcel();

  async function open(bytes: Buffer, api: string): Promise<Sim> {
    const sim = await startSim({
      workbook: bytes,
      api,
      ...ie11StandIn(),
    });
    await ready(sim);
    await expectLegacyInStandIn(sim);
    return sim;
  }

  const item = (sim: Sim, cell: string) =>
    findingsList(sim.pane).locator(`[role=listitem][data-cell="${cell}"]`);

  test("ExcelApi 1.7: a click goes to the finding's cell, and the clerk's correction is rechecked by itself", async () => {
    const sim = await open(workbook(MISTAKES), "1.7");
    const error = item(sim, planted.error!);
    const clicked = sim.recorder.mark();
    await error.click();
    await sim.recorder.next((e) => e.kind === "rich" && e.frame === "pane", clicked);
    await sim.recorder.idle();
    expect(sim.book.selection && addressOf(sheetByName(sim.book, SHEET)!, sim.book.selection.rect)).toBe(
      `'${SHEET}'!${planted.error}`,
    );
    expect(sim.book.activeSheetId).toBe(sheetByName(sim.book, SHEET)!.id);
    expect(await error.getAttribute("aria-current")).toBe("true");

    sim.edit(SHEET, planted.error!, J21_SUM);
    // From here on, what the pane writes: the recheck reads and writes no value.
    const mark = sim.recorder.mark();
    // No 检查: the sheet's change event brings the recheck; both errors go, the planted blank stays.
    await error.waitFor({ state: "detached" });
    await item(sim, J45_BALANCE).waitFor({ state: "detached" });
    expect(await item(sim, planted.blank!).count()).toBe(1);
    await sim.recorder.idle();
    expect(sim.recorder.writes(mark).filter((w) => w.what === "values")).toEqual([]);
    expect(valueAt(sim.book, SHEET, planted.error!)).toBe(J21_SUM);
    expectCleanRun(sim);
  }, 120_000);

  test("ExcelApi 1.1: 空白单元格填 0 lists the blank cell, writes nothing until 确认填写, then only that cell", async () => {
    const original = workbook(MISTAKES);
    const sim = await open(original, "1.1");
    const blank = item(sim, planted.blank!);
    expect(await blank.count()).toBe(1);
    const mark = sim.recorder.mark();
    await toolbar(sim.pane).getByRole("button", { name: "空白单元格填 0" }).click();
    const dialog = sim.pane.getByRole("dialog", { name: "空白单元格填 0" });
    await dialog.waitFor();
    expect(await dialog.getByRole("listitem").count()).toBe(1);
    expect(await dialog.getByRole("listitem").textContent()).toContain(`${SHEET}!${planted.blank}`);
    // Nothing is written while the clerk decides.
    await sim.recorder.idle();
    expect(sim.recorder.writes(mark).filter((w) => w.what === "values")).toEqual([]);
    expect(valueAt(sim.book, SHEET, planted.blank!)).toBeNull();

    await dialog.getByRole("button", { name: "确认填写" }).click();
    await sim.pane.getByText("已在 1 个单元格填入 0。").waitFor();
    await blank.waitFor({ state: "detached" });
    const written = sim.recorder.writes(mark).filter((w) => w.what === "values");
    expect(written.map((w) => w.address)).toEqual([`'${SHEET}'!${planted.blank}`]);
    // Excel holds the workbook as opened with just that cell filled.
    const expected = values(await loadXlsx(original));
    expected.set(`'${SHEET}'!${planted.blank}`, 0);
    expect(values(sim.book)).toEqual(expected);
    expectCleanRun(sim);
  }, 120_000);

  test("ExcelApi 1.7: the outline is there to copy, and export points to the web checker and the CLI", async () => {
    const sim = await open(workbook(MISTAKES), "1.7");
    const outline = sim.pane.getByRole("region", { name: "报告提纲" });
    await outline
      .getByText("统计表有 2 处错误，相关数字在提纲中标为【数据待核】，原因见检查结果。")
      .waitFor();
    const text = await outline.getByRole("textbox", { name: "提纲全文" }).inputValue();
    expect(text).toContain("【数据待核");
    await outline.getByRole("button", { name: "复制" }).click();
    await outline.getByText(/已复制到剪贴板。|无法访问剪贴板/).waitFor();
    const exports = sim.pane.getByRole("region", { name: "导出报送文件与 Word 提纲" });
    expect(await exports.getByRole("link", { name: "打开年报助手网页版" }).getAttribute("href")).toBe(
      "web.html",
    );
    expect(await exports.textContent()).toContain("nianbao export");
    expectCleanRun(sim);
  }, 120_000);

  test.each([
    // Office 2016: the sheet without merges and locking, which the pane says before the clerk inserts.
    ["1.1", "pre-2019", /已识别：2019 年以前统计表/, ["一、主动公开情况", "统计数"]],
    [
      "1.7",
      "gov-2021",
      /已识别：2021 年格式/,
      [
        "二、主动公开政府信息情况",
        "三、收到和处理政府信息公开申请情况",
        "四、政府信息公开行政复议、行政诉讼情况",
      ],
    ],
  ])(
    "ExcelApi %s: a workbook without the tables offers 插入标准空白表; %s inserts its sheet beside the clerk's",
    async (api, format, recognised, labels) => {
      const wb = new ExcelJS.Workbook();
      wb.addWorksheet("Sheet1").getCell("A1").value = "备注";
      const sim = await open(Buffer.from(await wb.xlsx.writeBuffer()), api);
      await sim.pane.getByText(/未在工作簿中找到标准统计表/).waitFor();
      const degraded = sim.pane.getByText(
        "此版本 Excel 不能合并单元格或保护工作表，插入的空白表不含合并与锁定。",
      );
      expect(await degraded.count()).toBe(api === "1.1" ? 1 : 0);
      const choice = sim.pane.getByRole("combobox", { name: "空白表格式" });
      expect(await choice.inputValue()).toBe("gov-2021");
      await choice.selectOption(format);
      await sim.pane.getByRole("button", { name: "插入标准空白表" }).click();
      await sim.pane.getByText("已插入标准空白表“统计表”。").waitFor();
      await sim.pane.getByText(recognised).waitFor();

      const sheet = sheetByName(sim.book, "统计表")!;
      expect(sheet).toBeDefined();
      expect(sim.book.activeSheetId).toBe(sheet.id);
      const texts = [...sheet.cells.values()].map((c) => c.value);
      for (const label of labels) expect(texts).toContain(label);
      expect(sheet.merges.length > 0).toBe(api !== "1.1");
      expect(sheet.protected).toBe(api !== "1.1");
      // The clerk's sheet is as it was.
      expect(values(sim.book).get("Sheet1!A1")).toBe("备注");
      expect(sim.book.sheets.map((s) => s.name)).toEqual(["Sheet1", "统计表"]);
      expectCleanRun(sim);
    },
    120_000,
  );
});
