import { checkWorkbook } from "../../src/core/check";
import { fromA1 } from "../../src/core/grid";
import { type Prior, PRIOR_SHEET, storedPrior } from "../../src/core/report/prior";
import { checkAndMark } from "../../src/commands/run-check";
import { ExcelHost } from "../../src/excel/ExcelHost";
import { openInFakeExcel } from "./fake-office";
import { gov2021Document, SHEET } from "./gov2021-fixture";
import { reopenXlsx, saveAsXlsx, SOFFICE, throughLibreOffice } from "./xlsx-roundtrip";

/** The clerk's workbook, and last year's figures whose 结转下年度 (自然人) is 2 more than this year's 上年结转. */
function setup() {
  const fixture = gov2021Document();
  const carry = fixture.cellOf("t2021_3", "r2_carry_in.np");
  const p = fromA1(carry);
  const carried = Number(fixture.doc.wb.sheet(SHEET)!.peek(p.row, p.col)!.value);
  const prior: Prior = {
    figures: { t2021_3: { "r4_carry_out.np": carried + 2, "r4_carry_out.biz": null } },
    year: 2024,
    unit: "甲局",
    source: "甲局2024年报.json",
  };
  return { ...fixture, carry, carried, prior };
}

function tableCells(doc: ReturnType<typeof setup>["doc"]): string {
  return JSON.stringify(
    [...doc.wb.sheet(SHEET)!.cells].map(([k, c]) => [k, { ...c, borders: [...c.borders] }]),
  );
}

describe("ExcelHost.savePrior", () => {
  test("keeps the prior in a hidden text sheet that the next read brings back in one sync; null deletes it", async () => {
    const { doc, prior } = setup();
    const office = openInFakeExcel(doc, { maxMinor: 7 });
    const host = new ExcelHost();
    await host.readGrid();
    const before = tableCells(doc);
    await host.savePrior(prior);
    const sheet = doc.wb.sheet(PRIOR_SHEET)!;
    expect(sheet.hidden).toBe(true);
    expect(sheet.peek(7, 2)).toMatchObject({
      value: String(prior.figures.t2021_3["r4_carry_out.np"]),
      numberFormat: "@",
    });
    expect(doc.wb.sheets[doc.wb.active].name).toBe(SHEET);
    expect(tableCells(doc)).toBe(before);

    let syncs = office.excel.syncs;
    expect(storedPrior(await host.readGrid())).toEqual(prior);
    expect(office.excel.syncs - syncs).toBe(1);

    await host.savePrior({ ...prior, year: 2023 });
    expect(storedPrior(await host.readGrid())?.year).toBe(2023);

    await host.savePrior(null);
    expect(doc.wb.sheet(PRIOR_SHEET)).toBeUndefined();
    syncs = office.excel.syncs;
    expect(storedPrior(await host.readGrid())).toBeNull();
    expect(office.excel.syncs - syncs).toBe(1);
    expect(tableCells(doc)).toBe(before);
  });

  test("on ExcelApi 1.1 the sheet cannot be hidden: it works, and the pane says so", async () => {
    const { doc, prior } = setup();
    openInFakeExcel(doc, { maxMinor: 1 });
    const host = new ExcelHost();
    await host.savePrior(prior);
    expect(doc.wb.sheet(PRIOR_SHEET)!.hidden).toBe(false);
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
      if (viaLibreOffice && !SOFFICE) {
        console.warn(
          "LibreOffice (soffice) is not installed: the round trip through LibreOffice was not tried",
        );
        return;
      }
      const { doc, prior, carry, carried } = setup();
      openInFakeExcel(doc, { maxMinor: 14 });
      await new ExcelHost().savePrior(prior);

      let bytes = await saveAsXlsx(doc.wb);
      if (viaLibreOffice) bytes = (await throughLibreOffice(bytes))!;
      const reopened = await reopenXlsx(bytes);
      expect(reopened.wb.sheet(PRIOR_SHEET)?.hidden).toBe(true);
      expect(reopened.wb.sheets[reopened.wb.active].name).toBe(SHEET);

      // Opened cold: no settings, no memory of where anything was.
      openInFakeExcel(reopened, { maxMinor: 14 });
      const host = new ExcelHost();
      expect(await checkAndMark(host)).toMatch(
        /^检查完成：错误 0 项，警告 1 项\n.*按上年报告应为 312，实为 310，相差 2$/,
      );
      const p = fromA1(carry);
      expect(reopened.wb.shownFill(SHEET, p.row, p.col)).not.toBeNull();

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
