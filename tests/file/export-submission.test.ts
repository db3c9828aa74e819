import { checkWorkbook } from "../../src/core/check";
import { JUSTIFICATION_SHEET, justify, type ExportDocument, type Justification } from "../../src/core/report";
import { buildSubmission } from "../../src/file/export-submission";
import { convertWithLibreOffice, hasLibreOffice } from "../support/libreoffice";
import { filled, gridOfBytes, workbookBytes } from "./export-fixtures";

const NOW = new Date("2026-01-15T08:00:00Z");

async function exported(templateId: string, seed: number) {
  const figures = filled(templateId, seed);
  const plain = await gridOfBytes(await workbookBytes(templateId, figures));
  // The 2019 format is outdated: that warning needs a 说明 before export.
  const notes = checkWorkbook(plain)
    .findings.filter((f) => f.severity === "warning")
    .reduce(
      (list, f) => justify(list, f, "上级要求本年度仍按 2019 年格式报送", NOW.toISOString()),
      [] as Justification[],
    );
  const grid = await gridOfBytes(await workbookBytes(templateId, figures, notes));
  const out = await buildSubmission({ grid, fileName: "某某局2025年报.xlsx", now: NOW });
  if (!out.ok) throw new Error(out.lines.join("\n"));
  return { figures, grid, out };
}

test.each(["gov-2021", "gov-2019", "pre-2019"])(
  "%s: export → re-read the .xlsx → re-check gives the same figures JSON",
  async (id) => {
    const { grid, out } = await exported(id, 7);
    const checked = checkWorkbook(grid).figures;
    const again = checkWorkbook(await gridOfBytes(out.files.xlsx.data as Uint8Array));
    expect(again.template).toBe(id);
    expect(JSON.stringify(again.figures)).toBe(JSON.stringify(checked));
    const doc = JSON.parse(out.files.json.data as string) as ExportDocument;
    expect(JSON.stringify(doc.figures)).toBe(JSON.stringify(checked));
    expect(doc.justifications).toHaveLength(id === "gov-2019" ? 1 : 0);
    expect(doc.checks.join("")).not.toContain("上年");
  },
);

test("the clean .xlsx holds values only: no formulas, no fills, no 说明 sheet, and a heading with unit, year and time", async () => {
  const figures = filled("gov-2021", 3);
  const bytes = await workbookBytes("gov-2021", figures);
  const grid = await gridOfBytes(bytes);
  const warning = checkWorkbook(grid, { prior: { t2021_3: { "r4_carry_out.total": 999999 } } }).findings.find(
    (f) => f.severity === "warning",
  )!;
  const withNote = await gridOfBytes(
    await workbookBytes(
      "gov-2021",
      figures,
      justify([], warning, "机构合并，上年结转口径不同", NOW.toISOString()),
    ),
  );
  const out = await buildSubmission({
    grid: withNote,
    fileName: "x.xlsx",
    unit: "甲市乙局",
    year: 2025,
    now: NOW,
    check: { prior: { t2021_3: { "r4_carry_out.total": 999999 } } },
  });
  expect(out.ok).toBe(true);
  if (!out.ok) return;
  const ExcelJS = (await import("exceljs")).default;
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(out.files.xlsx.data as unknown as ArrayBuffer);
  expect(wb.worksheets.map((w) => w.name)).not.toContain(JUSTIFICATION_SHEET);
  wb.eachSheet((ws) =>
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        expect(cell.formula).toBeFalsy();
        expect(cell.fill?.type === "pattern" ? cell.fill.pattern : "none").not.toBe("solid");
      }),
    ),
  );
  const heading = String(wb.worksheets[0].getCell("A1").value);
  expect(heading).toContain("甲市乙局");
  expect(heading).toContain("2025 年度");
  expect(heading).toContain("2026-01-15 16:00");
  expect(wb.worksheets[0].headerFooter.oddHeader).toBe(`&C${heading}`);
  expect(out.document.justifications).toHaveLength(1);
  expect(out.document.checks.join("")).toContain("上年");
  expect(out.files.html.data).toContain("2026-01-15 16:00（北京时间）");
  expect(out.files.html.data).toContain("机构合并，上年结转口径不同");
  expect(out.files.html.data).toMatch(/错误<\/th><td class="ok">0 个/);
});

test("export is refused while errors remain, saying which", async () => {
  const figures = filled("gov-2021", 5);
  figures.t2021_3["r1_new.total"] = (figures.t2021_3["r1_new.total"] ?? 0) + 3;
  const out = await buildSubmission({
    grid: await gridOfBytes(await workbookBytes("gov-2021", figures)),
    fileName: "a.xlsx",
  });
  expect(out.ok).toBe(false);
  if (out.ok) return;
  expect(out.lines[0]).toMatch(/还有 \d+ 个错误未改正，不能报送/);
  expect(out.lines.join("\n")).toMatch(/统计表!\w+\d+：/);
});

test("LibreOffice opens the exported .xlsx and reads the same numbers", async () => {
  if (!hasLibreOffice("opening the exported .xlsx")) return;
  const { out } = await exported("gov-2021", 11);
  const converted = await convertWithLibreOffice(
    { "export.xlsx": out.files.xlsx.data as Uint8Array },
    "csv:Text - txt - csv (StarCalc):44,34,76",
  );
  const csv = converted
    .get("export.csv")!
    .toString("utf8")
    .split(/\r?\n/)
    .map((l) => l.split(","));
  const grid = await gridOfBytes(out.files.xlsx.data as Uint8Array);
  const located = checkWorkbook(grid).binding!;
  let compared = 0;
  for (const table of located.tables) {
    for (const cell of table.cells.values()) {
      const expected = out.document.figures[table.table.id][cell.key];
      const seen = csv[cell.row]?.[cell.col] ?? "";
      expect(seen === "" ? null : Number(seen)).toBe(expected);
      compared++;
    }
  }
  expect(compared).toBeGreaterThanOrEqual(200);
});
