import { parseJustifications, JUSTIFICATION_SHEET } from "../../src/core/report/justifications";
import { ExcelHost } from "../../src/excel/ExcelHost";
import { openInFakeExcel } from "./fake-office";
import { gov2021Document, SHEET } from "./gov2021-fixture";

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
    const { doc } = gov2021Document();
    const office = openInFakeExcel(doc, { maxMinor: 7 });
    const host = new ExcelHost();
    await host.readGrid();
    await host.saveJustifications([HEADER, ROW]);
    const sheet = doc.wb.sheet(JUSTIFICATION_SHEET)!;
    expect(sheet.hidden).toBe(true);
    expect(sheet.peek(1, 6)?.numberFormat).toBe("@");
    expect(doc.wb.sheets[doc.wb.active].name).toBe(SHEET);

    const before = office.excel.syncs;
    const grid = await host.readGrid();
    expect(office.excel.syncs - before).toBe(1);
    expect(parseJustifications(grid)).toHaveLength(1);
    expect(parseJustifications(grid)[0]).toMatchObject({ text: ROW[5] });
  });

  test("saving again replaces the rows; the clerk's table sheet is untouched", async () => {
    const { doc } = gov2021Document();
    openInFakeExcel(doc, { maxMinor: 1 });
    const host = new ExcelHost();
    await host.saveJustifications([HEADER, ROW, ROW]);
    const tableCells = JSON.stringify([...doc.wb.sheet(SHEET)!.cells]);
    await host.saveJustifications([HEADER]);
    expect(parseJustifications(await host.readGrid())).toHaveLength(0);
    expect(doc.wb.sheet(JUSTIFICATION_SHEET)!.hidden).toBe(false);
    expect(JSON.stringify([...doc.wb.sheet(SHEET)!.cells])).toBe(tableCells);
  });
});

describe("deliverFile", () => {
  const xlsx = {
    name: "2025年报送.xlsx",
    mime: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    data: new Uint8Array([80, 75, 3, 4, 0, 255]),
  };

  test("opens an .xlsx as a new workbook on ExcelApi 1.8", async () => {
    const { doc } = gov2021Document();
    openInFakeExcel(doc, { maxMinor: 8 });
    const host = new ExcelHost();
    expect(host.capabilities().exportFile).toBe(true);
    const done = await host.deliverFile(xlsx);
    expect(done).toMatchObject({ how: "opened" });
    expect(doc.wb.created).toEqual([Buffer.from(xlsx.data).toString("base64")]);
  });

  test("before 1.8, and for other files, tells the pane it cannot, with Chinese guidance", async () => {
    const { doc } = gov2021Document();
    openInFakeExcel(doc, { maxMinor: 7 });
    const host = new ExcelHost();
    expect(host.capabilities().exportFile).toBe(false);
    expect(await host.deliverFile(xlsx)).toMatchObject({
      how: "unsupported",
      guidance: expect.stringMatching(/另存为/),
    });
    openInFakeExcel(doc, { maxMinor: 14 });
    const json = await new ExcelHost().deliverFile({ name: "a.json", mime: "application/json", data: "{}" });
    expect(json).toMatchObject({ how: "unsupported" });
    expect(doc.wb.created).toHaveLength(0);
  });
});
