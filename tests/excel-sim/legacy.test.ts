import { type Frame } from "playwright-core";
import {
  check,
  clear,
  clickFirstFinding,
  editAndRecheck,
  findingsList,
  marksAgainst,
  notes,
  ready,
  sameFormats,
  snapshot,
} from "../../tools/excel-sim/flows";
import { loadXlsx } from "../../tools/excel-sim/load-xlsx";
import { withChromium } from "../e2e/harness";
import { ie11StandIn } from "../../tools/excel-sim/ie11-page";
import {
  ERROR_FILL,
  expectLegacyInStandIn,
  PLANTED,
  simulatedExcel,
  WARNING_FILL,
  workbook,
} from "./fixtures";

/*
 * The legacy (IE11) pane on Microsoft's office.js in the simulated Excel at the levels of volume-licensed Office 2016
 * (ExcelApi 1.1) and 2019 (1.7), next to the React pane on the same workbook and level. The legacy pane runs in the
 * stand-in for Internet Explorer 11 (a Trident user agent, the ES2015+ built-ins IE11 lacks taken away first:
 * tools/excel-sim/ie11-page.ts). Both must list the same findings, mark the same cells with the same fills, go to the same cell,
 * notice the clerk's edit alike and restore the workbook's formats exactly.
 */

interface Run {
  recognised: string | null;
  listed: Array<{ cell: string | null; text: string }>;
  notes: string[];
  marks: ReturnType<typeof marksAgainst>;
  selected: string | null;
  rechecked: boolean;
  restored: boolean;
  errors: string[];
}

/** Item by item through locators: Playwright's page-world helpers cannot iterate the legacy pane's polyfills. */
async function listed(pane: Frame): Promise<Run["listed"]> {
  const items = findingsList(pane).getByRole("listitem");
  const out: Run["listed"] = [];
  for (let i = 0, n = await items.count(); i < n; i++) {
    out.push({
      cell: await items.nth(i).getAttribute("data-cell"),
      // The verdict line both panes show; the detail is laid out differently (an expander in the React pane).
      text: ((await items.nth(i).locator("[data-verdict]").textContent()) ?? "").trim(),
    });
  }
  return out;
}

const GOV2021 = "gov2021-mistakes.xlsx";
const J45_BALANCE = "J45";

withChromium("the legacy pane on the simulated Excel of volume-licensed Office 2016/2019", () => {
  const startSim = simulatedExcel();

  async function run(name: string, api: string, legacy: boolean): Promise<Run> {
    const bytes = workbook(name);
    const opened = await loadXlsx(bytes);
    const sim = await startSim(
      legacy ? { workbook: bytes, api, ...ie11StandIn() } : { workbook: bytes, api },
    );
    try {
      await ready(sim);
      if (legacy) {
        await expectLegacyInStandIn(sim);
        // One Promise: the page's is office.js's, whichever of the pane and excel-web-16.00.js loaded first.
        expect(await sim.pane.evaluate("window.Promise === Office.Promise")).toBe(true);
      }
      const recognised = await sim.pane.getByText(/^已识别：/).textContent();
      const shown = await notes(sim.pane);
      await check(sim);
      // Some notes matter only once the pane has marked the workbook: both panes must show them then.
      const marked = await notes(sim.pane);
      const list = await listed(sim.pane);
      const marks = marksAgainst(sim.book, opened);
      const { selected } = await clickFirstFinding(sim);
      const rechecked = marks[0] ? (await editAndRecheck(sim, marks[0])) !== null : false;
      await clear(sim);
      return {
        recognised,
        listed: list,
        notes: [...new Set([...shown, ...marked])],
        marks,
        selected,
        rechecked,
        restored: sameFormats(snapshot(opened), snapshot(sim.book)),
        errors: [...sim.pageErrors, ...sim.recorder.unimplemented, ...sim.outsideRequests],
      };
    } finally {
      await sim.close();
    }
  }

  test.each([
    [GOV2021, "1.1"],
    [GOV2021, "1.7"],
    ["seed-2018.xlsx", "1.1"],
    ["seed-2018.xlsx", "1.7"],
  ])(
    "%s at ExcelApi %s, without the built-ins IE11 lacks: the same findings, marks, selection, live recheck and restore as the React pane",
    async (name, api) => {
      const legacy = await run(name, api, true);
      const modern = await run(name, api, false);
      expect(legacy.errors).toEqual([]);
      expect(modern.errors).toEqual([]);
      expect(legacy.recognised).toEqual(modern.recognised);
      expect(legacy.listed.length).toBeGreaterThan(0);
      expect(legacy.listed).toEqual(modern.listed);
      // The same notes on what this Excel lacks, and the legacy pane's own on where to export.
      expect(legacy.notes.filter((n) => !n.includes("Internet Explorer 11"))).toEqual(modern.notes);
      expect(legacy.marks.length).toBeGreaterThan(0);
      expect(legacy.marks).toEqual(modern.marks);
      expect(legacy.selected).toBe(modern.selected);
      expect(legacy.selected).not.toBeNull();
      expect(legacy.rechecked).toBe(modern.rechecked);
      expect(legacy.restored).toBe(true);
      const planted = PLANTED[name];
      if (name === GOV2021) {
        // By hand: the planted total J21 (1363 where its row sums to 1358) and, through it, column J's balance
        // (一 1363 + 二 333 ≠ 三 1672 + 四 19), found at J45: two errors first, then the planted blank B8.
        expect(legacy.listed.map((f) => f.cell)).toEqual([planted.error, J45_BALANCE, planted.blank]);
        expect(legacy.marks).toEqual([
          { sheet: planted.sheet, cell: planted.blank, fill: WARNING_FILL },
          { sheet: planted.sheet, cell: planted.error, fill: ERROR_FILL },
          { sheet: planted.sheet, cell: J45_BALANCE, fill: ERROR_FILL },
        ]);
        expect(legacy.selected).toBe(`'${planted.sheet}'!${planted.error}`);
        expect(legacy.recognised).toMatch(/^已识别：2021 年/);
      }
    },
    180_000,
  );
});
