import { findingsList, marksAgainst, ready, settle } from "../../tools/excel-sim/flows";
import { type Sim } from "../../tools/excel-sim/harness";
import { loadXlsx } from "../../tools/excel-sim/load-xlsx";
import { addressOf } from "../../tools/excel-sim/model";
import { newestLevel } from "../../tools/excel-sim/typings";
import { violations } from "../e2e/axe";
import { withChromium } from "../e2e/harness";
import { findingsAndPanels, tabTo, until } from "../e2e/keyboard-flows";
import { ERROR_FILL, PLANTED, simulatedExcel, workbook } from "./fixtures";

/**
 * The built pane on Microsoft's office.js in the simulated Excel, as a clerk with a screen reader or without a mouse
 * meets it: axe-core finds nothing on opening, after 检查 and in 报送; and every flow works by keyboard alone, with
 * Excel's own selection and marks as the proof. At the newest ExcelApi and at 1.1 (fills instead of conditional
 * formats, the oldest pane).
 */

const BOOK = "gov2021-mistakes.xlsx";
const planted = PLANTED[BOOK];
const LEVELS = [newestLevel(), "1.1"];

/** The cell Excel has selected, without its sheet, and that sheet. */
function selection(sim: Sim): { sheet: string; cell: string } | null {
  const sel = sim.book.selection;
  const sheet = sel && sim.book.sheets.find((s) => s.id === sel.sheetId);
  if (!sel || !sheet) return null;
  const address = addressOf(sheet, sel.rect);
  return { sheet: sheet.name, cell: address.slice(address.lastIndexOf("!") + 1) };
}

withChromium("the pane on the simulated Excel, by keyboard and under axe", () => {
  const startSim = simulatedExcel();

  test.each(LEVELS)(
    "ExcelApi %s: axe-core finds no violation on opening, after 检查 and in 报送",
    async (api) => {
      const sim = await startSim({ workbook: workbook(BOOK), api });
      try {
        const { pane } = sim;
        await ready(sim);
        await findingsList(pane).getByRole("listitem").first().waitFor();
        const opened = await violations(pane);

        await pane.getByRole("button", { name: "检查", exact: true }).click();
        await settle(sim);
        await findingsList(pane).getByRole("listitem").first().click();
        await pane
          .getByRole("button", { name: /的详情$/ })
          .first()
          .click();
        const checked = await violations(pane);

        await pane.getByRole("tab", { name: "报送" }).click();
        await pane.getByRole("button", { name: "导出报送文件" }).click();
        await pane.getByRole("alert").waitFor();
        const submit = await violations(pane);
        // All at once, so that a failure lists everything there is to fix.
        expect({ opened, checked, submit }).toEqual({ opened: [], checked: [], submit: [] });
        expect(sim.pageErrors).toEqual([]);
      } finally {
        await sim.close();
      }
    },
    120_000,
  );

  test.each(LEVELS)(
    "ExcelApi %s: 检查, the findings, a finding's cell selected in Excel, 清除标记, 报告提纲 copied, 报送, by keyboard alone",
    async (api) => {
      const bytes = workbook(BOOK);
      const opened = await loadXlsx(bytes);
      const sim = await startSim({ workbook: bytes, api });
      try {
        const { pane, page } = sim;
        await page.context().grantPermissions(["clipboard-read", "clipboard-write"], { origin: sim.url });
        await ready(sim);
        const marked = () =>
          marksAgainst(sim.book, opened).some((m) => m.cell === planted.error && m.fill === ERROR_FILL);

        // The pane checked on opening: 清除标记 first, so that 检查 is seen to mark again.
        await tabTo(page.keyboard, pane.getByRole("button", { name: "清除标记" }));
        await page.keyboard.press("Space");
        await until(() => marksAgainst(sim.book, opened).length, 0);
        await settle(sim);
        await tabTo(page.keyboard, pane.getByRole("button", { name: "检查", exact: true }), true);
        await page.keyboard.press("Enter");
        await until(marked, true);
        await settle(sim);

        await findingsAndPanels({ root: pane, keyboard: page.keyboard }, () => selection(sim)?.cell ?? null);
        expect(selection(sim)?.sheet).toBe(planted.sheet);
        expect(sim.pageErrors).toEqual([]);
        expect(sim.outsideRequests).toEqual([]);
      } finally {
        await sim.close();
      }
    },
    120_000,
  );
});
