import { copyFileSync, mkdirSync } from "fs";
import { join } from "path";
import { type Figures } from "../../src/core/rules/context";
import { officialLayout } from "../../src/core/layout/official-layout";
import { templateById } from "../../src/core/templates";
import { layoutToWorkbook } from "../../src/file/write-workbook";
import { newestLevel } from "../../tools/excel-sim/typings";
import { ROOT, withChromium } from "../e2e/harness";
import { simulatedExcel } from "./fixtures";

/** gov-2021 as in the README: a 表三 total one short of its parts, and a blank 表二 cell; every other figure 0. */
async function workbook(): Promise<Buffer> {
  const template = templateById("gov-2021")!;
  const figures: Figures = {};
  for (const input of officialLayout(template).inputs) (figures[input.tableId] ??= {})[input.key] = 0;
  const t3 = figures.t2021_3;
  for (const [key, v] of [
    ["r3_1", 14],
    ["r3_2", 7],
    ["r3_3_1", 1],
    ["r3_4_1", 3],
    ["r3_6_3", 5],
  ] as const) {
    t3[`${key}.np`] = v;
    t3[`${key}.total`] = v;
  }
  for (const key of ["r1_new.np", "r1_new.total", "r3_7_total.total"]) t3[key] = 30;
  t3["r3_7_total.np"] = 29;
  figures.t2021_2["xzxk.decisions"] = null;
  const layout = officialLayout(template, { sheetName: "Sheet1", figures });
  return Buffer.from(await layoutToWorkbook(layout).xlsx.writeBuffer());
}

withChromium("the README's picture of the task pane, on the simulated Excel", () => {
  const startSim = simulatedExcel();

  test("the pane at Excel's narrowest, 320 px: verdicts first, one opened to its parts", async () => {
    const sim = await startSim({ workbook: await workbook(), api: newestLevel() });
    try {
      const frame = await sim.pane.frameElement();
      await frame.evaluate((f) => {
        (f as HTMLElement).style.width = "320px";
        (f as HTMLElement).style.height = "760px";
      });
      const list = sim.pane.getByRole("list", { name: "检查结果" });
      await list.getByRole("listitem").first().waitFor();
      await sim.pane.getByRole("button", { name: "检查", exact: true }).click();
      await list.getByRole("listitem").first().click();
      await list
        .getByRole("button", { name: /的详情$/ })
        .first()
        .click();
      // Nothing in the pane is wider than the pane: no sideways scrolling at 320 px.
      expect(await sim.pane.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
      mkdirSync(join(ROOT, "artifacts"), { recursive: true });
      await frame.screenshot({ path: join(ROOT, "artifacts/screenshot-pane.png") });
      // The README's picture is a tracked file: refreshed on request, so that a test run leaves the checkout clean.
      if (process.env.UPDATE_SCREENSHOT === "1")
        copyFileSync(join(ROOT, "artifacts/screenshot-pane.png"), join(ROOT, "docs/screenshot-pane.png"));
      expect(sim.pageErrors).toEqual([]);
      expect(sim.outsideRequests).toEqual([]);
    } finally {
      await sim.close();
    }
  }, 120_000);
});
