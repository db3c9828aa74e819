import { type Frame, type Locator } from "playwright-core";
import {
  check,
  findingsList,
  marksAgainst,
  ready,
  sameFormats,
  snapshot,
  toolbar,
} from "../../tools/excel-sim/flows";
import { type Sim } from "../../tools/excel-sim/harness";
import { ie11StandIn } from "../../tools/excel-sim/ie11-page";
import { loadXlsx } from "../../tools/excel-sim/load-xlsx";
import { addressOf, type SimWorkbook } from "../../tools/excel-sim/model";
import { expectLegacyInStandIn, PLANTED, simulatedExcel, workbook } from "../excel-sim/fixtures";
import { violations } from "./axe";
import { withChromium } from "./harness";

/*
 * Issue 18 for the legacy (IE11) pane: its plain DOM passes axe and every flow works by keyboard alone, in the
 * simulated Excel under Microsoft's office.js, in the stand-in for Internet Explorer 11 (tools/excel-sim/ie11-page.ts):
 * the keys drive the pane on its own polyfills and office.js's Promise, as in Office 2016/2019.
 */

const BOOK = "gov2021-mistakes.xlsx";
/** The blank cell planted in BOOK: the one finding 空白单元格填 0 offers. */
const BLANK = PLANTED[BOOK];

/** Waits until `read` gives true (Excel answers asynchronously). */
async function until(read: () => Promise<boolean> | boolean, what: string): Promise<void> {
  for (let i = 0; i < 150; i++) {
    if (await read()) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`timed out waiting for ${what}`);
}

const focused = (target: Locator) => target.evaluate((el) => el === document.activeElement);

/** Presses Tab (or Shift+Tab) until `target` has the focus, and checks that the focus shows. */
async function tabTo(sim: Sim, target: Locator, back = false): Promise<void> {
  for (let i = 0; i < 60; i++) {
    if (await focused(target)) {
      // IE11 has no :focus-visible: the pane draws its ring on :focus, which must be there to see.
      expect(await target.evaluate((el) => getComputedStyle(el).outlineStyle)).not.toBe("none");
      return;
    }
    await sim.page.keyboard.press(back ? "Shift+Tab" : "Tab");
  }
  throw new Error(`Tab never reached ${target.toString()}`);
}

function selected(book: SimWorkbook): string | null {
  const sel = book.selection;
  const sheet = sel && book.sheets.find((s) => s.id === sel.sheetId);
  return sel && sheet ? addressOf(sheet, sel.rect) : null;
}

withChromium("the legacy (IE11) pane: axe and the keyboard, on the simulated Excel", () => {
  const startSim = simulatedExcel(600_000);

  async function open(api: string): Promise<Sim> {
    const sim = await startSim({ workbook: workbook(BOOK), api, ...ie11StandIn() });
    await ready(sim);
    await expectLegacyInStandIn(sim);
    return sim;
  }
  const button = (scope: Frame | Locator, name: string) => scope.getByRole("button", { name, exact: true });

  test("axe finds no violation on opening, after 检查 with a finding chosen, and with 空白单元格填 0 asking", async () => {
    // ExcelApi 1.1 (Office 2016): the most notes on what this Excel lacks.
    const sim = await open("1.1");
    try {
      const opened = await violations(sim.pane);
      await check(sim);
      await findingsList(sim.pane).getByRole("listitem").first().click();
      const checked = await violations(sim.pane);
      await button(toolbar(sim.pane), "空白单元格填 0").click();
      await sim.pane.getByRole("dialog", { name: "空白单元格填 0" }).waitFor();
      const asking = await violations(sim.pane);
      expect({ opened, checked, asking }).toEqual({ opened: [], checked: [], asking: [] });
      expect([...sim.pageErrors, ...sim.recorder.unimplemented]).toEqual([]);
    } finally {
      await sim.close();
    }
  }, 180_000);

  test("by keyboard alone: 检查, the findings, a cell, 清除标记, 空白单元格填 0, 报告提纲", async () => {
    // ExcelApi 1.7 (Office 2019).
    const sim = await open("1.7");
    const opened = await loadXlsx(workbook(BOOK));
    try {
      const pane = sim.pane;
      // Into the pane as Ctrl+F6 brings the clerk there in Excel on the web: office.js focuses its first tabbable
      // element (TabIn/CtrlF6In). From here on only keys, and office.js moves the focus on Tab as it does in Excel.
      await pane.locator("button").first().focus();

      const checkButton = button(pane, "检查");
      await tabTo(sim, checkButton);
      await sim.page.keyboard.press("Enter");
      await until(() => marksAgainst(sim.book, opened).length > 0, "the marks");
      // The toolbar is drawn anew after the check: the focus is back on 检查 once it is enabled again.
      await until(() => focused(checkButton), "the focus back on 检查");

      const list = findingsList(pane);
      const verdicts = list.locator("button[data-finding]");
      expect(await list.getByRole("heading").count()).toBeGreaterThan(0);
      await tabTo(sim, verdicts.first());
      await sim.page.keyboard.press("ArrowDown");
      expect(await focused(verdicts.nth(1))).toBe(true);
      await sim.page.keyboard.press("ArrowUp");
      expect(await focused(verdicts.first())).toBe(true);
      await sim.page.keyboard.press("Enter");
      const cell = await list.getByRole("listitem").first().getAttribute("data-cell");
      await until(() => (selected(sim.book) ?? "").endsWith(`!${cell}`), `the selection of ${cell}`);
      expect(await list.getByRole("listitem").first().getAttribute("aria-current")).toBe("true");

      await tabTo(sim, button(pane, "清除标记"), true);
      await sim.page.keyboard.press("Space");
      await until(() => sameFormats(snapshot(opened), snapshot(sim.book)), "the formats restored");

      const fillZero = button(pane, "空白单元格填 0");
      await tabTo(sim, fillZero);
      await sim.page.keyboard.press("Enter");
      const dialog = pane.getByRole("dialog", { name: "空白单元格填 0" });
      expect(await focused(dialog.getByRole("button", { name: "确认填写" }))).toBe(true);
      await tabTo(sim, dialog.getByRole("button", { name: "取消" }));
      await sim.page.keyboard.press("Enter");
      await dialog.waitFor({ state: "detached" });
      expect(await focused(fillZero)).toBe(true);
      await sim.page.keyboard.press("Enter");
      await sim.page.keyboard.press("Enter");
      await pane.getByText("已在 1 个单元格填入 0。").waitFor();
      expect(await list.locator(`[data-cell="${BLANK.blank}"]`).count()).toBe(0);

      const outline = pane.getByRole("region", { name: "报告提纲" });
      await tabTo(sim, outline.getByRole("button", { name: "复制" }));
      await sim.page.keyboard.press("Enter");
      await outline.getByText("已复制到剪贴板。").waitFor();
      await tabTo(sim, pane.getByRole("link", { name: "打开年报助手网页版" }));
      expect([...sim.pageErrors, ...sim.recorder.unimplemented]).toEqual([]);
    } finally {
      await sim.close();
    }
  }, 180_000);
});
