import { readSheetCells } from "../../../src/file/xlsx/sheet";
import { shiftFormula } from "../../../src/file/xlsx/shift-formula";

const sheet = (cells: string) =>
  `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${cells}</sheetData></worksheet>`;
const ctx = { strings: [], dateStyles: [false, true], date1904: false };

test("a shared formula saved without results reads, in each cell, as Excel shows it there", () => {
  const xml = sheet(
    '<row r="2"><c r="D2"><f t="shared" ref="D2:D4" si="0">SUM(A2:C2)+$A$1</f><v>6</v></c></row>' +
      '<row r="3"><c r="D3"><f t="shared" si="0"/></c></row>' +
      '<row r="4"><c r="D4"><f t="shared" si="0"/><v></v></c></row>',
  );
  const cells = readSheetCells(xml, ctx);
  expect(cells.rows[1][3]).toBe(6);
  expect(cells.formulasWithoutResult).toEqual({ D3: "SUM(A3:C3)+$A$1", D4: "SUM(A4:C4)+$A$1" });
});

test("moving a formula moves relative references only, not functions, anchored parts or text", () => {
  expect(shiftFormula('LOG10(A1)+$B2+C$3+"A1"+Sheet2!D4', 2, 1)).toBe('LOG10(B3)+$B4+D$3+"A1"+Sheet2!E6');
  expect(shiftFormula("A1-B1", -1, 0)).toBe("#REF!-#REF!");
});

test("numbers in a date format are dates; the 1904 system is honoured", () => {
  const xml = sheet('<row r="1"><c r="A1" s="1"><v>45662</v></c><c r="B1" s="0"><v>45662</v></c></row>');
  expect(readSheetCells(xml, ctx).rows[0]).toEqual(["2025-01-05", 45662]);
  expect(readSheetCells(xml, { ...ctx, date1904: true }).rows[0][0]).toBe("2029-01-06");
});
