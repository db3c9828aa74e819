import { findingsList, ready } from "../../tools/excel-sim/flows";
import { type Sim } from "../../tools/excel-sim/harness";
import { PRIOR_SHEET } from "../../src/core/report/prior";
import { withChromium } from "../e2e/harness";
import { simulatedExcel, workbook } from "./fixtures";

/**
 * 上年数据 and 输入校验 in the built pane on Microsoft's office.js in the simulated Excel: the prior kept in the
 * workbook survives Excel saving the file and opening it again, and is removed; input rules are added after the list
 * and removed at 1.8, absent at 1.7. (Their survival of a save, through exceljs and LibreOffice, is tested in
 * tests/excel/input-rules.test.ts on the same simulated host.)
 */

const BOOK = "gov2021-mistakes.xlsx";
const PLANTED_SHEET = "2025年报";

// Last year's export, written by hand: 结转下年度继续办理 (自然人) 9999, far from anything in this year's tables.
const LAST_YEAR = {
  format: "nianbao-export",
  version: 1,
  unit: "甲局",
  year: 2024,
  figures: { t2021_3: { "r4_carry_out.np": 9999 } },
};
const SAYS = "按上年报告应为 9999，实为";

function carryWarning(sim: Sim) {
  return findingsList(sim.pane).getByRole("listitem").filter({ hasText: SAYS });
}

withChromium("上年数据 and 输入校验 on the simulated Excel", () => {
  const startSim = simulatedExcel();

  test.each(["1.1", "1.8"])(
    "ExcelApi %s: the chosen prior is checked against, kept in the workbook, used again after save and reopen, and removed",
    async (api) => {
      let sim = await startSim({ workbook: workbook(BOOK), api });
      let saved: Buffer;
      try {
        await ready(sim);
        await sim.pane.getByLabel("选择上年数据文件").setInputFiles({
          name: "甲局2024.json",
          mimeType: "application/json",
          buffer: Buffer.from(JSON.stringify(LAST_YEAR)),
        });
        await carryWarning(sim).waitFor({ timeout: 30000 });
        expect(await carryWarning(sim).count()).toBe(1);
        await sim.pane.getByText("正在使用上年数据：甲局 2024 年度（来自「甲局2024.json」）").waitFor();
        const kept = sim.book.sheets.find((s) => s.name === PRIOR_SHEET);
        expect(kept?.visibility).toBe(api === "1.1" ? "Visible" : "Hidden");
        expect(sim.recorder.unimplemented).toEqual([]);
        expect(sim.pageErrors).toEqual([]);
        saved = await sim.save();
      } finally {
        await sim.close();
      }

      sim = await startSim({ workbook: saved, api });
      try {
        await ready(sim);
        await carryWarning(sim).waitFor({ timeout: 30000 });
        await sim.pane.getByText("正在使用上年数据：甲局 2024 年度（来自「甲局2024.json」）").waitFor();

        await sim.pane.getByRole("button", { name: "移除上年数据" }).click();
        await carryWarning(sim).waitFor({ state: "detached" });
        expect(sim.book.sheets.map((s) => s.name)).not.toContain(PRIOR_SHEET);
        expect(sim.recorder.unimplemented).toEqual([]);
        expect(sim.pageErrors).toEqual([]);
        expect(sim.outsideRequests).toEqual([]);
      } finally {
        await sim.close();
      }
    },
    180_000,
  );

  test.each([
    ["1.7", false],
    ["1.8", true],
  ])(
    "ExcelApi %s: 输入校验 lists, adds and removes input rules where data validation exists, says why not below",
    async (api, offered) => {
      const sim = await startSim({ workbook: workbook(BOOK), api });
      try {
        await ready(sim);
        await sim.pane.getByRole("tab", { name: "输入校验" }).click();
        const add = sim.pane.getByRole("button", { name: "为统计表加输入校验" });
        const why = sim.pane.getByText(/需要 ExcelApi 1\.8/);
        await (offered ? add : why).waitFor();
        expect(await add.count()).toBe(offered ? 1 : 0);
        expect(await why.count()).toBe(offered ? 0 : 1);
        if (offered) {
          const sheet = sim.book.sheets.find((s) => s.name === PLANTED_SHEET)!;
          const values = JSON.stringify([...sheet.cells].map(([k, c]) => [k, c.value]));
          const ruled = () => [...sheet.cells.values()].filter((c) => c.validation).length;
          await add.click();
          await sim.pane.getByText(/^将为 \d+ 个单元格加输入校验，不改动任何数值：$/).waitFor();
          expect(ruled()).toBe(0);
          await sim.pane.getByRole("button", { name: "确认添加" }).click();
          const done = sim.pane.getByText(/^已为 \d+ 个单元格加输入校验。$/);
          await done.waitFor();
          const count = Number(/\d+/.exec((await done.textContent()) ?? "")![0]);
          expect(count).toBeGreaterThan(100);
          expect(ruled()).toBe(count);
          const titles = new Set(
            [...sheet.cells.values()].map((c) => (c.validation?.prompt as { title?: string })?.title),
          );
          expect([...titles].filter(Boolean).sort()).toEqual(["年报助手·万元", "年报助手·件数"]);
          expect(JSON.stringify([...sheet.cells].map(([k, c]) => [k, c.value]))).toBe(values);

          await sim.pane.getByRole("button", { name: "移除输入校验" }).click();
          await sim.pane
            .getByText(`已移除 ${count} 个单元格上的年报助手输入校验；其他数据验证未改动。`)
            .waitFor();
          expect(ruled()).toBe(0);
          expect(sim.recorder.unimplemented).toEqual([]);
        }
        expect(sim.pageErrors).toEqual([]);
      } finally {
        await sim.close();
      }
    },
    120_000,
  );
});
