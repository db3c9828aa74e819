import { readPlainSheetData } from "../../../src/file/xlsx/plain-sheet-data";
import { readSheetCells } from "../../../src/file/xlsx/sheet";

const ctx = { strings: ["合计", "自然人"], dateStyles: [false, true], date1904: false };

function sheet(data: string): string {
  return `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${data}</sheetData><mergeCells count="1"><mergeCell ref="A1:B1"/></mergeCells></worksheet>`;
}

function plain(data: string) {
  const xml = sheet(data);
  return readPlainSheetData(xml, xml.indexOf("<sheetData>") + "<sheetData>".length, ctx);
}

describe("the plain reader of a filled-in form's cells", () => {
  test("reads shared strings, numbers, dates and empty cells where the references put them", () => {
    const got = plain(
      '<row r="2" spans="1:4"><c r="A2" t="s"><v>1</v></c><c r="C2" s="0"><v>12.5</v></c><c r="D2" s="3"/></row>' +
        '<row r="4"><c r=\'B4\' s="1"><v>45292</v></c><c t="n"><v>-3</v></c></row>\n  <row r="5"/>',
    );
    expect(got?.rows).toEqual([[], ["自然人", null, 12.5], [], [null, "2024-01-01", -3]]);
    const xml = sheet("");
    expect(plain("")?.end).toBe(xml.indexOf("<mergeCells"));
  });

  test.each([
    ["a formula", '<row r="1"><c r="A1"><f>1+2</f><v>3</v></c></row>'],
    ["an inline string", '<row r="1"><c r="A1" t="inlineStr"><is><t>x</t></is></c></row>'],
    ["a formula's string", '<row r="1"><c r="A1" t="str"><v>x</v></c></row>'],
    ["a boolean", '<row r="1"><c r="A1" t="b"><v>1</v></c></row>'],
    ["an error", '<row r="1"><c r="A1" t="e"><v>#N/A</v></c></row>'],
    ["an entity in a value", '<row r="1"><c r="A1"><v>&#49;</v></c></row>'],
    ["a comment", '<row r="1"><!-- x --><c r="A1"><v>1</v></c></row>'],
    ["whitespace inside a cell", '<row r="1"><c r="A1">\n<v>1</v>\n</c></row>'],
    ["an empty value", '<row r="1"><c r="A1"><v></v></c></row>'],
    ["a repeated attribute", '<row r="1"><c r="A1" r="B1"><v>1</v></c></row>'],
    ["a cell outside its row", '<row r="1"><c r="A2"><v>1</v></c></row>'],
    ["a cell outside any row", '<c r="A1"><v>1</v></c>'],
    ["a damaged reference", '<row r="1"><c r="1A"><v>1</v></c></row>'],
    ["a row beyond the grid", '<row r="1048577"><c><v>1</v></c></row>'],
    ["an unclosed row", '<row r="1"><c r="A1"><v>1</v></c>'],
    ["a shared string that is not there", '<row r="1"><c r="A1" t="s"><v>7</v></c></row>'],
    ["a value that is no number", '<row r="1"><c r="A1"><v>x</v></c></row>'],
    ["text between cells", '<row r="1">x<c r="A1"><v>1</v></c></row>'],
    ["an attribute with a line break", '<row r="1"><c r="A1" s="0\n"><v>1</v></c></row>'],
  ])("gives up, for the general reader, on %s", (_, data) => {
    expect(plain(data)).toBeNull();
  });

  test("a sheet it gives up on midway reads as the general reader reads it, with nothing of the first attempt left", () => {
    const data =
      '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="C1"><v>5</v></c></row>' +
      '<row r="3"><c r="A3"><v>7</v></c><c r="B3"><f>A3*2</f><v>14</v></c></row>';
    expect(plain(data)).toBeNull();
    expect(readSheetCells(sheet(data), ctx).rows).toEqual([["合计", null, 5], [], [7, 14]]);
  });

  test("the merges after the sheetData still count when the plain reader took the cells", () => {
    const read = readSheetCells(sheet('<row r="1"><c r="A1"><v>1</v></c><c r="B1"><v>2</v></c></row>'), ctx);
    expect(read.rows).toEqual([[1, null]]);
    expect(read.merges).toEqual([{ top: 0, left: 0, bottom: 0, right: 1 }]);
  });
});
