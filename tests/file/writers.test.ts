import ExcelJS from "exceljs";
import { readFileSync } from "fs";
import { join } from "path";
import { checkWorkbook } from "../../src/core/check";
import { type Finding } from "../../src/core/finding";
import { computeFormula } from "../../src/core/formula-result";
import { type WorkbookGrid } from "../../src/core/grid";
import { openFileHost } from "../../src/file/file-host";
import { openWorkbookBytes } from "../../src/file/read-workbook";

// Workbooks written by openpyxl (absolute relationship targets, its own part names, inline strings, formulas
// without saved results) and saved again by LibreOffice; tests/fixtures/writers/*.py and dump-sample.js made them.
const DIR = join(__dirname, "..", "fixtures", "writers");
const bytes = (name: string) => new Uint8Array(readFileSync(join(DIR, name)));

async function grid(name: string): Promise<WorkbookGrid> {
  const opened = await openWorkbookBytes(bytes(name), name);
  if (!opened.ok) throw new Error(opened.message);
  return opened.grid;
}

const seen = (f: Finding) => `${f.severity} ${f.kind} ${f.cell ?? ""} ${f.message}`;

async function findings(name: string): Promise<string[]> {
  return checkWorkbook(await grid(name), { lang: "zh-CN" })
    .findings.map(seen)
    .sort();
}

describe("workbooks from other writers", () => {
  let twin: string[];
  beforeAll(async () => {
    twin = await findings("openpyxl-plain.xlsx");
  });

  test("the plain twin shows its two planted mistakes", () => {
    expect(twin.some((f) => f.startsWith("error sum-mismatch"))).toBe(true);
    expect(twin.some((f) => f.startsWith("warning empty-required"))).toBe(true);
  });

  test.each([
    "openpyxl-chart.xlsx",
    "openpyxl-comments.xlsx",
    "openpyxl-everything.xlsx",
    "libreoffice-everything.xlsx",
    "libreoffice-plain.xlsm",
    "libreoffice-formulas.xlsx",
  ])("%s gives exactly the findings of its plain twin", async (name) => {
    expect(await findings(name)).toEqual(twin);
  });

  test("formula totals saved with the result 0 are 0, not blank", async () => {
    const sheet = (await grid("libreoffice-formulas.xlsx")).sheets[0];
    expect(sheet.rows[24][9]).toBe(0); // J25: =SUM(D25,…,I25), saved as 0 by LibreOffice
    expect(sheet.formulasWithoutResult).toBeUndefined();
  });

  test("saved formula results keep their type: boolean, text, error, number", async () => {
    const results = (await grid("libreoffice-formulas.xlsx")).sheets[1];
    expect(results.rows).toEqual([[true], ["文字"], [{ error: "#DIV/0!" }], [0], [3]]);
  });

  test("formulas without a saved result: computed where safe, one finding at each, nothing else", async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes("openpyxl-formulas.xlsx") as unknown as ArrayBuffer);
    const formulaCells: string[] = [];
    workbook.worksheets[0].eachRow((row) =>
      row.eachCell((cell) => {
        if (cell.formula) formulaCells.push(cell.address);
      }),
    );
    expect(formulaCells.length).toBeGreaterThan(20);

    const got = checkWorkbook(await grid("openpyxl-formulas.xlsx"), { lang: "zh-CN" }).findings;
    const own = got.filter((f) => f.kind === "formula-without-result");
    expect(own.map((f) => f.cell).sort()).toEqual([...formulaCells].sort());
    // J26 is =SUMPRODUCT(D26:I26): not computed, so a warning and its relations are skipped.
    expect(own.filter((f) => f.severity === "warning").map((f) => f.cell)).toEqual(["J26"]);
    expect(own.find((f) => f.cell === "J26")!.message).toContain(
      "公式没有保存计算结果，请在 Excel 或 WPS 中打开并保存后再检查",
    );
    expect(own.filter((f) => f.severity === "info")).toHaveLength(formulaCells.length - 1);
    expect(own.find((f) => f.cell === "J25")!.message).toContain("本次按公式算得 0 进行检查");
    // Everything else is what the plain twin shows, less what involved the unknown J26.
    const rest = got.filter((f) => f.kind !== "formula-without-result");
    expect(rest.map(seen).sort()).toEqual(
      checkWorkbook(await grid("openpyxl-plain.xlsx"), { lang: "zh-CN" })
        .findings.filter((f) => !f.cells.includes("J26"))
        .map(seen)
        .sort(),
    );
  });

  test("only SUM, + and − over numbers of the same sheet are computed", async () => {
    const results = (await grid("openpyxl-formulas.xlsx")).sheets[1];
    expect(results.rows.flat().every((v) => v === null)).toBe(true);
    expect(["A1", "A2", "A3", "A4", "A5"].map((a) => computeFormula(results, a))).toEqual([
      null, // 1>0
      null, // "文字"
      null, // 1/0
      0, // 2-2
      3, // A4+3, A4 itself computed
    ]);
  });

  test("the web page gives the same findings for a file without saved results", async () => {
    const opened = await openFileHost(bytes("openpyxl-formulas.xlsx"), {
      name: "公式.xlsx",
      download: () => {},
    });
    if (!opened.ok) throw new Error(opened.message);
    const result = checkWorkbook(await opened.host.readGrid(), { lang: "zh-CN" });
    expect(
      result.findings.filter((f) => f.kind === "formula-without-result" && f.severity === "warning"),
    ).toHaveLength(1);
  });
});
