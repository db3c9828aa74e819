import ExcelJS from "exceljs";
import { JUSTIFICATION_SHEET, parseJustifications, type Justification } from "../../src/core/report";
import { readWorkbook } from "../../src/file/read-workbook";
import { saveJustifications } from "../../src/file/justification-store";

const note = (text: string): Justification => ({
  template: "gov-2021",
  table: "t2021_4",
  rowId: "cases",
  colId: "fy_wc",
  rule: "required",
  text,
  time: "2026-01-15T08:00:00.000Z",
});

async function roundTrip(wb: ExcelJS.Workbook): Promise<ExcelJS.Workbook> {
  const copy = new ExcelJS.Workbook();
  await copy.xlsx.load(await wb.xlsx.writeBuffer());
  return copy;
}

test("说明 are kept in one hidden sheet that is replaced, not appended, and read back after saving the file", async () => {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("统计表").getCell("A1").value = "表二";
  saveJustifications(wb, [note("第一次写的说明")]);
  saveJustifications(wb, [note("改过之后的说明")]);
  const saved = await roundTrip(wb);
  expect(saved.worksheets.map((w) => w.name)).toEqual(["统计表", JUSTIFICATION_SHEET]);
  expect(saved.getWorksheet(JUSTIFICATION_SHEET)!.state).toBe("hidden");
  const { grid } = await readWorkbook(await saved.xlsx.writeBuffer());
  expect(parseJustifications(grid)).toEqual([
    expect.objectContaining({ text: "改过之后的说明", rowId: "cases" }),
  ]);
});

test("removing the last 说明 removes the sheet", async () => {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("统计表");
  saveJustifications(wb, [note("本年度未发生行政复议")]);
  saveJustifications(wb, []);
  expect((await roundTrip(wb)).worksheets.map((w) => w.name)).toEqual(["统计表"]);
});
