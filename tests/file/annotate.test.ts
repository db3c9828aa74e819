import ExcelJS from "exceljs";
import { readFileSync } from "fs";
import { join } from "path";
import { checkWorkbook } from "../../src/core/check";
import { type Highlight } from "../../src/core/host";
import { annotateWorkbook } from "../../src/file/annotate";
import { highlightsFromFindings } from "../../src/core/host";
import { SEVERITY_FILL } from "../../src/file/file-host";
import { readWorkbook } from "../../src/file/read-workbook";

/** A small sheet with shared styles, a formula, a merged title and a note, as clerks' files have. */
async function clerkFile(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("统计表");
  ws.mergeCells("A1:C1");
  ws.getCell("A1").value = "表三";
  ws.getCell("A1").font = { bold: true };
  for (const [a, v] of [
    ["B2", 1],
    ["C2", 2],
    ["B3", 3],
    ["C3", 4],
  ] as const) {
    ws.getCell(a).value = v;
    ws.getCell(a).numFmt = "0";
    ws.getCell(a).border = { top: { style: "thin" } };
  }
  ws.getCell("D2").value = { formula: "SUM(B2:C2)", result: 3 };
  ws.getCell("D3").value = "无";
  ws.getCell("D3").note = "原有批注";
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

async function load(bytes: Uint8Array): Promise<ExcelJS.Worksheet> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  return wb.getWorksheet("统计表")!;
}

/** exceljs writes "no border" and "no fill" back in a longer form; both mean the cell looks the same. */
const border = (b: Partial<ExcelJS.Borders> | undefined) => (b && Object.keys(b).length > 0 ? b : undefined);
const fill = (f: ExcelJS.Fill | undefined) =>
  f && !(f.type === "pattern" && f.pattern === "none") ? f : undefined;

const numFmt = (f: string | undefined) => (f && f !== "General" ? f : undefined);

const mark = (cell: string, severity: Highlight["severity"], message: string): Highlight => ({
  sheet: "统计表",
  cell,
  severity,
  kind: "sum-mismatch",
  message,
});

describe("annotateWorkbook", () => {
  test("fills and notes only the flagged cells; values, formulas, formats and merges stay", async () => {
    const bytes = await clerkFile();
    const out = await load(
      await annotateWorkbook(bytes, [
        mark("B2", "warning", "本年新收应为 2，实为 1"),
        mark("B2", "error", "合计应为 5，实为 3"),
        mark("D3", "error", "表四·纠正填的是文字「无」，不是数字"),
      ]),
    );
    const before = await load(bytes);
    before.eachRow({ includeEmpty: true }, (row, r) =>
      row.eachCell({ includeEmpty: true }, (cell, c) => {
        expect(out.getCell(r, c).value).toEqual(cell.value);
        expect(out.getCell(r, c).numFmt).toEqual(cell.numFmt);
        expect(border(out.getCell(r, c).border)).toEqual(border(cell.border));
      }),
    );
    expect(out.getCell("D2").formula).toBe("SUM(B2:C2)");
    expect(out.getCell("A1").isMerged).toBe(true);
    expect(out.getCell("A1").font?.bold).toBe(true);

    expect(out.getCell("B2").fill).toMatchObject({
      pattern: "solid",
      fgColor: { argb: SEVERITY_FILL.error },
    });
    expect(fill(out.getCell("C2").fill)).toBeUndefined();
    expect(fill(out.getCell("B3").fill)).toBeUndefined();
    const note = JSON.stringify(out.getCell("B2").note);
    expect(note).toContain("【错误】合计应为 5，实为 3");
    expect(note).toContain("【警告】本年新收应为 2，实为 1");
    const kept = JSON.stringify(out.getCell("D3").note);
    expect(kept).toContain("原有批注");
    expect(kept).toContain("不是数字");
  });

  test("marks on a sheet the workbook does not have are skipped, not a crash", async () => {
    const out = await load(
      await annotateWorkbook(await clerkFile(), [{ ...mark("B2", "error", "x"), sheet: "无此表" }]),
    );
    expect(fill(out.getCell("B2").fill)).toBeUndefined();
    expect(out.getCell("B2").value).toBe(1);
  });
});

describe("annotateWorkbook on a file another program wrote", () => {
  // The bundled sample saved again by LibreOffice Calc (its own styles, formulas and a note): exceljs must not be
  // the only writer the copy survives.
  const bytes = new Uint8Array(readFileSync(join(__dirname, "annotate-libreoffice.xlsx")));

  test("every finding is marked and nothing else changes", async () => {
    const { grid } = await readWorkbook(bytes);
    const findings = checkWorkbook(grid, { lang: "zh-CN" }).findings;
    // The sample's four planted mistakes, and its 现行有效 0 under 本年制发 25 that an older sample let through.
    expect(findings.map((f) => f.rule).sort()).toEqual([
      "number",
      "required",
      "t2_valid_floor",
      "t3_balance",
      "t3_row_total",
    ]);
    const out = await load(await annotateWorkbook(bytes, highlightsFromFindings(findings)));
    const before = await load(bytes);
    const flagged = new Set(findings.map((f) => f.cell));
    before.eachRow({ includeEmpty: true }, (row, r) =>
      row.eachCell({ includeEmpty: true }, (cell, c) => {
        const after = out.getCell(r, c);
        expect(after.value).toEqual(cell.value);
        expect(numFmt(after.numFmt)).toEqual(numFmt(cell.numFmt));
        if (!flagged.has(cell.address)) expect(fill(after.fill)).toEqual(fill(cell.fill));
      }),
    );
    expect(out.getCell("Q3").formula).toBe("SUM(B5:B7)");
    expect(JSON.stringify(out.getCell("Q3").note)).toContain("原批注");
    expect((out.model as { merges?: string[] }).merges?.length).toBe(
      (before.model as { merges?: string[] }).merges?.length,
    );
    for (const f of findings) {
      expect(fill(out.getCell(f.cell!).fill)).toMatchObject({ fgColor: { argb: SEVERITY_FILL[f.severity] } });
      expect(JSON.stringify(out.getCell(f.cell!).note)).toContain(f.message.slice(0, 10));
    }
  });
});
