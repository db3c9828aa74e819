import { checkWorkbook } from "../../src/core/check";
import { type Prior, PRIOR_SHEET, storedPrior } from "../../src/core/report/prior";
import { checkAndMark } from "../../src/commands/run-check";
import { ExcelHost } from "../../src/excel/ExcelHost";
import { sheetById, sheetByName, type SimSheet } from "../../tools/excel-sim/model";
import { hasLibreOffice } from "../support/libreoffice";
import { gov2021Book, openIn, saveAndReopen, SHEET, shown, valueAt } from "./sim-workbook";

/** The clerk's workbook, and last year's figures whose 结转下年度 (自然人) is 2 more than this year's 上年结转. */
function setup() {
  const fixture = gov2021Book();
  const carry = fixture.cellOf("t2021_3", "r2_carry_in.np");
  const carried = Number(valueAt(fixture.sheet, carry));
  const prior: Prior = {
    figures: { t2021_3: { "r4_carry_out.np": carried + 2, "r4_carry_out.biz": null } },
    year: 2024,
    unit: "甲局",
    source: "甲局2024年报.json",
  };
  return { ...fixture, carry, carried, prior };
}

function tableCells(sheet: SimSheet): string {
  return JSON.stringify([...sheet.cells]);
}

describe("ExcelHost.savePrior", () => {
  test("keeps the prior in a hidden text sheet that the next read brings back in one sync; null deletes it", async () => {
    const { book, sheet: table, prior } = setup();
    const excel = openIn(book, "1.7");
    const host = new ExcelHost();
    await host.readGrid();
    const before = tableCells(table);
    await host.savePrior(prior);
    const sheet = sheetByName(book, PRIOR_SHEET)!;
    expect(sheet.visibility).toBe("Hidden");
    expect(sheet.cells.get("7,2")).toMatchObject({
      value: String(prior.figures.t2021_3["r4_carry_out.np"]),
      numberFormat: "@",
    });
    expect(sheetById(book, book.activeSheetId)?.name).toBe(SHEET);
    expect(tableCells(table)).toBe(before);

    let trips = excel.roundTrips();
    expect(storedPrior(await host.readGrid())).toEqual(prior);
    expect(excel.roundTrips() - trips).toBe(1);

    await host.savePrior({ ...prior, year: 2023 });
    expect(storedPrior(await host.readGrid())?.year).toBe(2023);

    await host.savePrior(null);
    expect(sheetByName(book, PRIOR_SHEET)).toBeUndefined();
    trips = excel.roundTrips();
    expect(storedPrior(await host.readGrid())).toBeNull();
    expect(excel.roundTrips() - trips).toBe(1);
    expect(tableCells(table)).toBe(before);
  });

  test("on ExcelApi 1.1 the sheet cannot be hidden: it works, and the pane says so", async () => {
    const { book, prior } = setup();
    openIn(book, "1.1");
    const host = new ExcelHost();
    await host.savePrior(prior);
    expect(sheetByName(book, PRIOR_SHEET)!.visibility).toBe("Visible");
    expect(storedPrior(await host.readGrid())).toEqual(prior);
    expect(
      host
        .capabilities()
        .notes.map((n) => n.text)
        .join(""),
    ).toContain("「年报助手上年数据」");
  });
});

describe("the prior survives saving the workbook and opening it again", () => {
  test.each([
    ["written by exceljs", false],
    ["saved again by LibreOffice Calc", true],
  ])(
    "%s: the ribbon check and the pane's read use last year's figures without asking",
    async (_, viaLibreOffice) => {
      if (viaLibreOffice && !hasLibreOffice("the round trip through LibreOffice")) return;
      const { book, prior, carry, carried } = setup();
      openIn(book, "1.14");
      await new ExcelHost().savePrior(prior);

      const reopened = await saveAndReopen(book, viaLibreOffice);
      expect(sheetByName(reopened, PRIOR_SHEET)?.visibility).toBe("Hidden");
      expect(sheetById(reopened, reopened.activeSheetId)?.name).toBe(SHEET);

      // Without the add-in's settings (LibreOffice drops them), no memory of anything: the prior comes from its sheet.
      reopened.settings.clear();
      openIn(reopened, "1.14");
      const host = new ExcelHost();
      expect(await checkAndMark(host)).toMatch(
        /^检查完成：错误 0 项，警告 1 项\n.*按上年报告应为 312，实为 310，相差 2$/,
      );
      expect(shown(sheetByName(reopened, SHEET)!, carry)).not.toBeNull();

      const grid = await host.readGrid();
      expect(storedPrior(grid)).toEqual(prior);
      const [finding] = checkWorkbook(grid, { prior: storedPrior(grid)!.figures }).findings;
      expect(finding).toMatchObject({
        kind: "prior-year-mismatch",
        severity: "warning",
        cell: carry,
        actual: carried,
        expected: carried + 2,
      });
    },
  );
});
