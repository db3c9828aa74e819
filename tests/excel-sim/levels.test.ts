import { atLeast } from "../../tools/excel-sim/api-levels";
import { runFlow } from "../../tools/excel-sim/flows";
import { loadXlsx } from "../../tools/excel-sim/load-xlsx";
import { newestLevel } from "../../tools/excel-sim/typings";
import { withChromium } from "../e2e/harness";
import { ERROR_FILL, PLANTED, simulatedExcel, WARNING_FILL, workbook } from "./fixtures";

/**
 * The built pane on Microsoft's office.js in the simulated Excel, at each ExcelApi level the product meets: the
 * whole flow (open, 检查, click a finding, the clerk's edit, 清除标记, the ribbon's 一键检查) with Excel's round trips.
 */

const BOOK = "gov2021-mistakes.xlsx";
const planted = PLANTED[BOOK];
const LEVELS = ["1.1", "1.4", "1.7", "1.8", newestLevel()];

withChromium("the pane on the simulated Excel, level by level", () => {
  const startSim = simulatedExcel();

  test.each(LEVELS)(
    "ExcelApi %s: marks the planted mistakes, selects, rechecks, restores, within the round-trip budget",
    async (api) => {
      const bytes = workbook(BOOK);
      const sim = await startSim({ workbook: bytes, api });
      try {
        const report = await runFlow(sim, api, "all", await loadXlsx(bytes));

        expect(report.platform).toBe("OfficeOnline");
        expect(report.marks).toEqual(
          expect.arrayContaining([
            { sheet: planted.sheet, cell: planted.error, fill: ERROR_FILL },
            { sheet: planted.sheet, cell: planted.blank, fill: WARNING_FILL },
          ]),
        );
        expect(report.findings).toBeGreaterThanOrEqual(report.marks.length);
        // Excel quotes a sheet name that starts with a digit.
        expect(report.selected).toMatch(/^'2025年报'!J\d+$/);
        expect(report.restored).toBe(true);
        expect(report.syncsPerClick).toBe(1);
        // Conditional formats (1.6) and workbook settings (1.4) keep a check to a read and a write. Before 1.6 the
        // clerk's own fills are read by the write batch and stored by one more; before 1.4 the Common API settings
        // cost a refresh and a save.
        const budget = atLeast(api, "1.6") ? 2 : atLeast(api, "1.4") ? 3 : 4;
        expect(report.syncsPerCheck).toBeLessThanOrEqual(budget);
        expect(report.syncsPerRecheck).toBeLessThanOrEqual(atLeast(api, "1.4") ? 2 : 4);
        // 一键检查 from the ribbon's function file, with its result dialog (DialogApi) closed by the clerk.
        expect(report.ribbon?.marks).toBeGreaterThan(0);
        expect(report.ribbon?.dialog).toMatch(/^检查完成：错误 \d+ 项，警告 \d+ 项(\n|$)/);
        expect(report.ribbon?.syncs).toBeLessThanOrEqual(budget);
        expect(report.notes.some((n) => n.includes("条件格式"))).toBe(!atLeast(api, "1.6"));
        expect(report.notes.some((n) => n.includes("数据绑定"))).toBe(!atLeast(api, "1.7"));
        // office.js's own metadata marks getMergedAreasOrNullObject (1.13) as not read-only: those reads travel
        // flagged as writes. Recorded so a change shows; nothing the pane can choose.
        expect(report.readBatchesFlaggedAsWrite > 0).toBe(atLeast(api, "1.13"));
        expect(report.unimplemented).toEqual([]);
        expect(report.pageErrors).toEqual([]);
        expect(report.outsideRequests).toEqual([]);
      } finally {
        await sim.close();
      }
    },
    120_000,
  );
});
