import {
  check,
  clear,
  clickFirstFinding,
  findingsList,
  marksAgainst,
  ready,
  sameFormats,
  snapshot,
} from "../../tools/excel-sim/flows";
import { loadXlsx } from "../../tools/excel-sim/load-xlsx";
import { withChromium } from "../e2e/harness";
import { ie11BuiltinsRemoved, TRIDENT } from "../e2e/ie11-page";
import { ERROR_FILL, PLANTED, simulatedExcel, WARNING_FILL, workbook } from "./fixtures";

/*
 * Proof (b) of issue 10: the legacy pane on Microsoft's office.js in the simulated Excel of volume-licensed Office
 * 2016 (ExcelApi 1.1) and 2019 (1.7), in a page that stands for Internet Explorer 11: a Trident user agent (so that
 * taskpane.html's chooser loads the legacy pane and office.js takes its IE11 paths) and the ES2015+ built-ins IE11
 * lacks taken away by the page's first script, before office.js and the pane run (ie11-page.ts). Only the pane's own
 * polyfills and office.js's Promise can fill what it needs.
 */

const BOOK = "gov2021-mistakes.xlsx";
const planted = PLANTED[BOOK];
// The third mistake of the workbook, besides the planted ones: the React pane lists it too (legacy.test.ts).
const SECOND_ERROR = "J45";

withChromium("the legacy pane in a stand-in for Internet Explorer 11 on the simulated Excel", () => {
  const startSim = simulatedExcel();

  test.each(["1.1", "1.7"])(
    "ExcelApi %s: recognise, 检查, click to the cell and 清除标记, without the built-ins IE11 lacks",
    async (api) => {
      const bytes = workbook(BOOK);
      const opened = await loadXlsx(bytes);
      const sim = await startSim({
        workbook: bytes,
        api,
        userAgent: TRIDENT,
        paneFirstScript: ie11BuiltinsRemoved(),
      });
      try {
        await ready(sim);
        // The stand-in held: the page's first script ran, and the chooser took the legacy pane for Trident.
        expect(await sim.pane.evaluate("window.__ie11Page === true")).toBe(true);
        expect(await sim.pane.locator(".nb-pane").count()).toBe(1);
        // One Promise: the page's is office.js's, whichever of the pane and excel-web-16.00.js loaded first.
        expect(await sim.pane.evaluate("window.Promise === Office.Promise")).toBe(true);
        await sim.pane.getByText(/^已识别：/).waitFor();

        await check(sim);
        const items = findingsList(sim.pane).getByRole("listitem");
        const cells: Array<string | null> = [];
        for (let i = 0, n = await items.count(); i < n; i++)
          cells.push(await items.nth(i).getAttribute("data-cell"));
        // Errors first, as the React pane lists them.
        expect(cells.slice(0, 2).sort()).toEqual([planted.error, SECOND_ERROR]);
        expect(cells.slice(2)).toEqual([planted.blank]);
        expect(marksAgainst(sim.book, opened)).toEqual([
          { sheet: planted.sheet, cell: planted.blank, fill: WARNING_FILL },
          { sheet: planted.sheet, cell: planted.error, fill: ERROR_FILL },
          { sheet: planted.sheet, cell: SECOND_ERROR, fill: ERROR_FILL },
        ]);

        const { selected } = await clickFirstFinding(sim);
        expect(selected).toBe(`'${planted.sheet}'!${cells[0]}`);

        await clear(sim);
        expect(marksAgainst(sim.book, opened)).toEqual([]);
        expect(sameFormats(snapshot(opened), snapshot(sim.book))).toBe(true);

        expect(sim.pageErrors).toEqual([]);
        expect(sim.recorder.unimplemented).toEqual([]);
        expect(sim.outsideRequests).toEqual([]);
      } finally {
        await sim.close();
      }
    },
    180_000,
  );
});
