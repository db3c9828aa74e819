import { unzipSync } from "fflate";
import { readFileSync } from "fs";
import { join } from "path";
import { checkWorkbook } from "../../src/core/check";
import { highlightsFromFindings, type Highlight } from "../../src/core/host";
import { annotateWorkbook } from "../../src/file/annotate";
import { readGrid } from "../../src/file/xlsx/read-grid";
import { convertWithLibreOffice, withLibreOffice } from "../support/libreoffice";
import { libreOfficeCsv } from "./xlsx/libreoffice-csv";

const DIR = join(__dirname, "..", "fixtures", "writers");
const FILES = ["openpyxl-everything.xlsx", "libreoffice-everything.xlsx"];
const dec = (b: Uint8Array) => new TextDecoder().decode(b);

/** The findings of the file plus a mark on J25, which carries a reviewer's note 「请核对」 in both files. */
function marks(bytes: Uint8Array): Highlight[] {
  const findings = checkWorkbook(readGrid(bytes), { lang: "zh-CN" }).findings;
  return [
    ...highlightsFromFindings(findings),
    { sheet: "统计表", cell: "J25", severity: "info", kind: "implausible", message: "请确认本行为 0" },
  ];
}

/** Parts the annotation may change: the marked sheet, styles, notes and their relationships and content types. */
const MAY_CHANGE =
  /^(\[Content_Types\]\.xml|xl\/styles\.xml|xl\/worksheets\/sheet1\.xml|xl\/worksheets\/_rels\/sheet1\.xml\.rels|xl\/comments.*\.xml|xl\/drawings\/.*\.vml)$/;

describe.each(FILES)("the annotated copy of %s", (name) => {
  const original = new Uint8Array(readFileSync(join(DIR, name)));
  let copy: Uint8Array;
  beforeAll(async () => {
    copy = await annotateWorkbook(original, marks(original));
  });

  test("every part but the sheet, styles, notes and their relationships is byte-identical; the chart is kept", () => {
    const before = unzipSync(original);
    const after = unzipSync(copy);
    const parts = Object.keys(before).filter((n) => !n.endsWith("/"));
    expect(parts.some((n) => /^xl\/charts\/chart\d+\.xml$/.test(n))).toBe(true);
    for (const part of parts) {
      expect([part, part in after]).toEqual([part, true]);
      if (!MAY_CHANGE.test(part))
        expect([part, Buffer.from(after[part]).equals(Buffer.from(before[part]))]).toEqual([part, true]);
    }
    expect(Object.keys(after).filter((n) => !(n in before) && !MAY_CHANGE.test(n))).toEqual([]);
  });

  test("re-reads to the same cells and the same findings", () => {
    const a = readGrid(original);
    const b = readGrid(copy);
    expect(b.sheets.map((s) => [s.name, s.rows])).toEqual(a.sheets.map((s) => [s.name, s.rows]));
    const findings = (bytes: Uint8Array) =>
      checkWorkbook(readGrid(bytes), { lang: "zh-CN" }).findings.map((f) => f.message);
    expect(findings(copy)).toEqual(findings(original));
  });

  test("the reviewer's note is kept and ours appended; new notes for the other marked cells", () => {
    const after = unzipSync(copy);
    const comments = Object.keys(after)
      .filter((n) => /^xl\/comments/.test(n))
      .map((n) => dec(after[n]))
      .join("");
    expect(comments).toMatch(/请核对[\s\S]*年报助手：\n【提示】请确认本行为 0/);
    for (const m of marks(original).filter((h) => h.cell !== "J25"))
      expect(comments).toContain(`ref="${m.cell}"`);
  });
});

withLibreOffice("the annotated copy in LibreOffice", () => {
  test("opens with the same values, and Calc sees our notes and fills", async () => {
    const files: Record<string, Uint8Array> = {};
    for (const name of FILES) {
      const original = new Uint8Array(readFileSync(join(DIR, name)));
      files[name] = original;
      files[`copy-${name}`] = await annotateWorkbook(original, marks(original));
    }
    const csv = await libreOfficeCsv(files);
    for (const name of FILES) expect(csv[`copy-${name}`]).toEqual(csv[name]);

    // Saved again by Calc, the copy still has our notes and the error fill: Calc read them, not just kept bytes.
    const converted = await convertWithLibreOffice({ "copy.xlsx": files[`copy-${FILES[0]}`] }, "ods");
    const ods = unzipSync(new Uint8Array(converted.get("copy.ods")!));
    const content = dec(ods["content.xml"]);
    expect(content).toContain("年报助手：");
    expect(content).toContain("请核对");
    expect(content.toLowerCase()).toContain("#ffc7ce");
  }, 240_000);
});
