import { MAX_SHEET_XML_BYTES, problemWithBytes } from "../../src/file/inspect-bytes";
import { zipEntries } from "../../src/file/zip-directory";
import { goodWorkbook } from "./bad-files";

describe("zipEntries", () => {
  it("lists the parts of a real workbook and gives null when the end is cut off", async () => {
    const bytes = await goodWorkbook();
    const names = zipEntries(bytes)!.map((e) => e.name);
    expect(names).toEqual(expect.arrayContaining(["xl/workbook.xml", "xl/worksheets/sheet1.xml"]));
    expect(zipEntries(bytes.subarray(0, bytes.length - 30))).toBeNull();
  });
});

describe("problemWithBytes", () => {
  it("accepts a real workbook", async () => {
    expect(problemWithBytes(await goodWorkbook(), "好.xlsx")).toBeNull();
  });

  it("refuses a workbook whose sheets would unpack to far more than any 统计表", async () => {
    const bytes = await goodWorkbook();
    // Raise the uncompressed size the central directory records for sheet1.xml, as a zip bomb would.
    const name = Buffer.from("xl/worksheets/sheet1.xml");
    let at = bytes.length;
    do at = bytes.lastIndexOf(name, at - 1);
    while (at > 0 && bytes.readUInt32LE(at - 46) !== 0x02014b50);
    bytes.writeUInt32LE(MAX_SHEET_XML_BYTES + 1, at - 46 + 24);
    expect(problemWithBytes(bytes, "炸弹.xlsx")).toMatch(/「炸弹\.xlsx」的工作表数据解压后超过 16\.0 MB/);
  });
});
