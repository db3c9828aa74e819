import { unzipSync, zipSync } from "fflate";
import { MAX_SHEET_XML_BYTES } from "../../../src/file/inspect-bytes";
import { openWorkbookBytes } from "../../../src/file/read-workbook";
import { EXCEL_STYLE, writePackage } from "./fuzz-package";

const SHEET = "xl/worksheets/sheet1.xml";

/** A workbook whose sheet part is `sheet` (its cells padded out with whitespace inside the root element). */
function workbookWithSheet(sheet: Uint8Array): Uint8Array {
  const files: Record<string, Uint8Array> = unzipSync(
    writePackage(
      [{ name: "S", cells: [{ row: 0, col: 0, v: { kind: "number", value: 1 } }], merges: [] }],
      EXCEL_STYLE,
    ),
  );
  files[SHEET] = sheet;
  return zipSync(files);
}

/** Sets the uncompressed size the central directory records for `name`, as a zip bomb lies about it. */
function claimSize(zip: Uint8Array, name: string, size: number): Uint8Array {
  const bytes = Buffer.from(zip);
  const needle = Buffer.from(name);
  let at = bytes.length;
  do at = bytes.lastIndexOf(needle, at - 1);
  while (at > 0 && bytes.readUInt32LE(at - 46) !== 0x02014b50);
  bytes.writeUInt32LE(size, at - 46 + 24);
  return new Uint8Array(bytes);
}

function paddedSheet(padding: number, noise = 0): Uint8Array {
  const head = new TextEncoder().encode(
    '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData>',
  );
  const tail = new TextEncoder().encode("</worksheet>");
  const out = new Uint8Array(head.length + noise + padding + tail.length).fill(32, head.length + noise);
  out.set(head);
  // Incompressible bytes inside an XML comment, so that the part is large compressed too.
  let x = 7;
  const comment = new TextEncoder().encode("<!--");
  out.set(comment, head.length);
  for (let i = head.length + 4; i < head.length + noise - 3; i++)
    out[i] = 97 + (((x = (Math.imul(x, 1103515245) + 12345) >>> 0) >>> 16) % 26);
  if (noise) out.set(new TextEncoder().encode("-->"), head.length + noise - 3);
  out.set(tail, out.length - tail.length);
  return out;
}

describe("unpacking limits, checked while unzipping", () => {
  test("a sheet part that holds more than the zip directory claims is 已损坏, not unpacked in full", async () => {
    const zip = claimSize(workbookWithSheet(paddedSheet(2_000_000)), SHEET, 200);
    expect(await openWorkbookBytes(zip, "谎报.xlsx")).toEqual({
      ok: false,
      message: expect.stringMatching(/「谎报\.xlsx」已损坏/),
    });
  });

  test("a large part that lies about its size is stopped at the limit while it streams", async () => {
    const zip = claimSize(
      workbookWithSheet(paddedSheet(MAX_SHEET_XML_BYTES + 1_000_000, 150_000)),
      SHEET,
      1000,
    );
    expect(await openWorkbookBytes(zip, "炸弹.xlsx")).toEqual({
      ok: false,
      message: expect.stringMatching(/「炸弹\.xlsx」的工作表数据解压后超过 16\.0 MB/),
    });
  });

  test("an honest part within the limits reads", async () => {
    const opened = await openWorkbookBytes(workbookWithSheet(paddedSheet(3_000_000, 150_000)), "大.xlsx");
    expect(opened.ok && opened.grid.sheets[0].rows).toEqual([[1]]);
  });
});
