import { parseJustifications, JUSTIFICATION_SHEET } from "../../src/core/report/justifications";
import { ExcelHost } from "../../src/excel/ExcelHost";
import { sheetById, sheetByName } from "../../tools/excel-sim/model";
import { gov2021Book, openIn, SHEET } from "./sim-workbook";

const HEADER = ["模板", "表", "行", "列", "规则", "说明", "记录时间", "当时的问题"];
const ROW = [
  "gov-2021",
  "t2021_3",
  "r1_new",
  "total",
  "t3_row_total",
  "本年度申请量下降系窗口合并所致",
  "2026-11-27T10:00:00Z",
  "…",
];

describe("saveJustifications", () => {
  test("adds a hidden 说明 sheet as text, and the next (warm) read brings it back with the tables", async () => {
    const { book } = gov2021Book();
    const excel = openIn(book, "1.7");
    const host = new ExcelHost();
    await host.readGrid();
    await host.saveJustifications([HEADER, ROW]);
    const sheet = sheetByName(book, JUSTIFICATION_SHEET)!;
    expect(sheet.visibility).toBe("Hidden");
    expect(sheet.cells.get("1,6")?.numberFormat).toBe("@");
    expect(sheetById(book, book.activeSheetId)?.name).toBe(SHEET);

    const before = excel.roundTrips();
    const grid = await host.readGrid();
    expect(excel.roundTrips() - before).toBe(1);
    expect(parseJustifications(grid)).toHaveLength(1);
    expect(parseJustifications(grid)[0]).toMatchObject({ text: ROW[5] });
  });

  test("saving again replaces the rows; the clerk's table sheet is untouched", async () => {
    const { book, sheet } = gov2021Book();
    openIn(book, "1.1");
    const host = new ExcelHost();
    await host.saveJustifications([HEADER, ROW, ROW]);
    const tableCells = JSON.stringify([...sheet.cells]);
    await host.saveJustifications([HEADER]);
    expect(parseJustifications(await host.readGrid())).toHaveLength(0);
    // Hiding a sheet needs ExcelApi 1.2: on 1.1 the 说明 sheet stays in sight.
    expect(sheetByName(book, JUSTIFICATION_SHEET)!.visibility).toBe("Visible");
    expect(JSON.stringify([...sheet.cells])).toBe(tableCells);
  });
});

describe("deliverFile", () => {
  const xlsx = {
    name: "2025年报送.xlsx",
    mime: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    data: new Uint8Array([80, 75, 3, 4, 0, 255]),
  };

  test("opens an .xlsx as a new workbook on ExcelApi 1.8", async () => {
    const { book } = gov2021Book();
    openIn(book, "1.8");
    const host = new ExcelHost();
    expect(host.capabilities().exportFile).toBe(true);
    const done = await host.deliverFile(xlsx);
    expect(done).toMatchObject({ how: "opened" });
    expect(book.created).toEqual([Buffer.from(xlsx.data).toString("base64")]);
  });

  test("before 1.8, and for other files, tells the pane it cannot, with Chinese guidance", async () => {
    const { book } = gov2021Book();
    openIn(book, "1.7");
    const host = new ExcelHost();
    expect(host.capabilities().exportFile).toBe(false);
    expect(await host.deliverFile(xlsx)).toMatchObject({
      how: "unsupported",
      guidance: expect.stringMatching(/另存为/),
    });
    openIn(book, "1.14");
    const json = await new ExcelHost().deliverFile({ name: "a.json", mime: "application/json", data: "{}" });
    expect(json).toMatchObject({ how: "unsupported" });
    expect(book.created).toHaveLength(0);
  });
});
