import ExcelJS from "exceljs";
import { readWorkbook } from "../../src/file/read-workbook";

describe("readWorkbook", () => {
  it("reads cells as Excel shows them: a merged area once, formulas by their result, errors and dates", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("统计表");
    ws.getCell("A1").value = "表三 收到和处理政府信息公开申请情况";
    ws.mergeCells("A1:C2");
    ws.getCell("D1").value = { formula: "2+3", result: 5 };
    ws.getCell("D2").value = { formula: "1/0", result: { error: "#DIV/0!" } };
    ws.getCell("D3").value = new Date(Date.UTC(2025, 0, 5));
    ws.getCell("E3").value = { richText: [{ text: "12" }, { text: "3" }] };
    const { grid } = await readWorkbook(new Uint8Array(await wb.xlsx.writeBuffer()));
    expect(grid.sheets[0]).toEqual({
      name: "统计表",
      rows: [
        ["表三 收到和处理政府信息公开申请情况", null, null, 5],
        [null, null, null, { error: "#DIV/0!" }],
        [null, null, null, "2025-01-05", "123"],
      ],
      merges: [{ top: 0, left: 0, bottom: 1, right: 2 }],
    });
  });
});
