import ExcelJS from "exceljs";
import { check, clear, findingCount, marksAgainst, ready, toolbar } from "../../tools/excel-sim/flows";
import { type Sim } from "../../tools/excel-sim/harness";
import { loadXlsx } from "../../tools/excel-sim/load-xlsx";
import { cellAt, parseRect, sheetByName } from "../../tools/excel-sim/model";
import { newestLevel } from "../../tools/excel-sim/typings";
import { withChromium } from "../e2e/harness";
import { expectCleanRun, ERROR_FILL, PLANTED, simulatedExcel, WARNING_FILL, workbook } from "./fixtures";

/** The clerk's flows on real workbooks in the simulated Excel, each at a level where it has something to show. */

function valueAt(sim: Sim, sheet: string, cell: string): unknown {
  const r = parseRect(cell)!;
  return cellAt(sheetByName(sim.book, sheet)!, r.top, r.left)?.value ?? null;
}

withChromium("the pane's flows on real workbooks in the simulated Excel", () => {
  const startSim = simulatedExcel();

  async function open(bytes: Buffer, api: string): Promise<Sim> {
    const sim = await startSim({ workbook: bytes, api });
    await ready(sim);
    return sim;
  }

  test.each(["1.1", "1.7"])(
    "ExcelApi %s: marks survive a save and reopen, and 清除标记 then gives back the workbook as first opened",
    async (api) => {
      const original = workbook("gov2021-mistakes.xlsx");
      const planted = PLANTED["gov2021-mistakes.xlsx"];
      const first = await open(original, api);
      await check(first);
      const saved = await first.save();
      expectCleanRun(first);

      const again = await open(saved, api);
      const opened = await loadXlsx(original);
      expect(marksAgainst(again.book, opened)).toEqual(
        expect.arrayContaining([{ sheet: planted.sheet, cell: planted.error, fill: ERROR_FILL }]),
      );
      await clear(again);
      expect(marksAgainst(again.book, opened)).toEqual([]);
      const own = parseRect(planted.clerkFill!.cell)!;
      expect(cellAt(sheetByName(again.book, planted.sheet!)!, own.top, own.left)?.fill).toBe(
        planted.clerkFill!.color,
      );
      expectCleanRun(again);
    },
    120_000,
  );

  test("the seed's 2018 统计表 and a workbook of SUM formulas are checked and marked as the CLI would", async () => {
    const seed = await open(workbook("seed-2018.xlsx"), "1.4");
    await check(seed);
    expect(await seed.pane.getByText(/已识别：2019 年以前统计表/).count()).toBe(1);
    expect(await findingCount(seed)).toBeGreaterThan(0);
    expect(marksAgainst(seed.book, await loadXlsx(workbook("seed-2018.xlsx"))).length).toBeGreaterThan(0);
    expectCleanRun(seed);

    const bytes = workbook("gov2021-formulas.xlsx");
    const planted = PLANTED["gov2021-formulas.xlsx"];
    const sums = await open(bytes, newestLevel());
    await check(sums);
    expect(marksAgainst(sums.book, await loadXlsx(bytes))).toEqual(
      expect.arrayContaining([{ sheet: "统计表", cell: planted.error, fill: ERROR_FILL }]),
    );
    // The check reads the formulas' results and leaves the formulas alone.
    const reopened = await loadXlsx(await sums.save());
    for (const cell of planted.formulas!) {
      const r = parseRect(cell)!;
      expect(cellAt(sheetByName(reopened, "统计表")!, r.top, r.left)?.formula).toMatch(/^=SUM\(/);
    }
    expectCleanRun(sums);
  }, 120_000);

  test("空白单元格填 0 writes nothing before the confirmation, then only the listed blank cell", async () => {
    const planted = PLANTED["gov2021-mistakes.xlsx"];
    const sim = await open(workbook("gov2021-mistakes.xlsx"), "1.7");
    await check(sim);
    const mark = sim.recorder.mark();
    await toolbar(sim.pane).getByRole("button", { name: "空白单元格填 0" }).click();
    const dialog = sim.pane.getByRole("dialog", { name: "空白单元格填 0" });
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain(`${planted.sheet}!${planted.blank}`);
    await sim.recorder.idle();
    expect(sim.recorder.writes(mark).filter((w) => w.what === "values")).toEqual([]);

    await dialog.getByRole("button", { name: "确认填写" }).click();
    await sim.pane.getByText("已在 1 个单元格填入 0。").waitFor();
    const values = sim.recorder.writes(mark).filter((w) => w.what === "values");
    expect(values.map((w) => w.address)).toEqual([`'${planted.sheet}'!${planted.blank}`]);
    expect(valueAt(sim, planted.sheet!, planted.blank!)).toBe(0);
    expectCleanRun(sim);
  }, 120_000);

  test.each(["1.1", newestLevel()])(
    "ExcelApi %s: 插入标准空白表 adds the blank sheet the level allows, and the pane recognises it",
    async (api) => {
      const wb = new ExcelJS.Workbook();
      wb.addWorksheet("Sheet1").getCell("A1").value = "本单位 2025 年度报告草稿";
      const sim = await open(Buffer.from(await wb.xlsx.writeBuffer()), api);
      await sim.pane.getByRole("button", { name: "插入标准空白表" }).click();
      await sim.pane.getByText("已插入标准空白表“统计表”。").waitFor();
      const sheet = sheetByName(sim.book, "统计表")!;
      expect(sheet).toBeDefined();
      expect(sim.book.activeSheetId).toBe(sheet.id);
      // Merges and protection need ExcelApi 1.2: the pane leaves them out below, as its note says.
      expect(sheet.merges.length > 0).toBe(api !== "1.1");
      expect(sheet.protected).toBe(api !== "1.1");
      expect(await sim.pane.getByText(/已识别：2021 年格式/).count()).toBe(1);
      expectCleanRun(sim);
    },
    120_000,
  );

  test.each(["1.7", "1.8"])(
    "ExcelApi %s: a 说明 is saved into the workbook and read back after reopening; export opens a new workbook from 1.8",
    async (api) => {
      const planted = PLANTED["gov2021-per-sheet.xlsx"];
      const sim = await open(workbook("gov2021-per-sheet.xlsx"), api);
      await check(sim);
      const [sheet, cell] = planted.blank!.split("!");
      expect(marksAgainst(sim.book, await loadXlsx(workbook("gov2021-per-sheet.xlsx")))).toEqual([
        { sheet, cell, fill: WARNING_FILL },
      ]);
      await sim.pane.getByRole("tab", { name: "报送" }).click();
      const note = "本年度无此类案件，按规定填 0 前先留空待核";
      await sim.pane
        .getByRole("textbox", { name: /^说明：/ })
        .first()
        .fill(note);
      await sim.pane.getByRole("button", { name: "保存说明" }).first().click();
      await sim.pane.getByText("说明已保存到工作簿的「年报助手说明」表。").waitFor();
      const justification = sheetByName(sim.book, "年报助手说明")!;
      expect(justification.visibility).toBe("Hidden");
      expect([...justification.cells.values()].some((c) => c.value === note)).toBe(true);

      await sim.pane.getByRole("button", { name: "导出报送文件" }).click();
      await sim.pane.getByText(/已生成：/).waitFor();
      expect(sim.book.created).toHaveLength(api === "1.8" ? 1 : 0);
      if (api === "1.7")
        expect(await sim.pane.getByText(/此版本 Excel 不能直接打开新工作簿/).count()).toBeGreaterThan(0);
      const saved = await sim.save();
      expectCleanRun(sim);

      const again = await open(saved, api);
      await check(again);
      await again.pane.getByRole("tab", { name: "报送" }).click();
      await again.pane.getByText(`说明：${note}`).waitFor();
      expectCleanRun(again);
    },
    180_000,
  );
});
