import ExcelJS from "exceljs";
import { checkWorkbook } from "../../src/core/check";
import { officialLayout } from "../../src/core/layout/official-layout";
import { consistentFigures } from "../../src/core/sample/consistent-figures";
import { builtinTemplates, templateById } from "../../src/core/templates";
import { readWorkbook } from "../../src/file/read-workbook";
import { layoutToWorkbook } from "../../src/file/write-workbook";

async function roundTrip(wb: ExcelJS.Workbook): Promise<ExcelJS.Workbook> {
  const again = new ExcelJS.Workbook();
  await again.xlsx.load(await wb.xlsx.writeBuffer());
  return again;
}

describe("layoutToWorkbook", () => {
  it.each(builtinTemplates().map((t) => [t.id]))(
    "writes %s filled so that the check finds no error",
    async (id) => {
      const template = templateById(id)!;
      const layout = officialLayout(template, { figures: consistentFigures(template, 7) });
      const buffer = await layoutToWorkbook(layout).xlsx.writeBuffer();
      const { grid } = await readWorkbook(new Uint8Array(buffer));
      const result = checkWorkbook(grid);
      expect(result.template).toBe(id);
      expect(result.findings.filter((f) => f.severity === "error")).toEqual([]);
      expect(result.tables.map((t) => t.id)).toEqual(template.tables.map((t) => t.id));
    },
  );

  it("keeps figure cells editable, labels locked and formats numbers as in the form", async () => {
    const template = templateById("gov-2021")!;
    const layout = officialLayout(template, { heading: "某某局 2025 年度" });
    const wb = await roundTrip(layoutToWorkbook(layout, { protect: true }));
    const ws = wb.worksheets[0];
    expect(ws.name).toBe("统计表");
    const input = layout.inputs[0];
    const cell = ws.getCell(input.row + 1, input.col + 1);
    expect(cell.protection?.locked).toBe(false);
    expect(cell.numFmt).toBe("0");
    expect(cell.border?.top?.style).toBe("thin");
    const label = layout.headerCells[0];
    expect(ws.getCell(label.row + 1, label.col + 1).protection?.locked).not.toBe(false);
    expect(ws.getCell(1, 1).value).toBe("某某局 2025 年度");
    expect(ws.getCell(1, 1).font?.bold).toBe(true);
    expect((ws as unknown as { sheetProtection: { sheet: boolean } | null }).sheetProtection?.sheet).toBe(
      true,
    );
    expect(ws.getColumn(3).width).toBeGreaterThan(ws.getColumn(layout.width).width ?? 0);
    expect(ws.pageSetup.orientation).toBe("landscape");
  });

  it("gives long row labels a wide column and two lines where they still wrap", async () => {
    const layout = officialLayout(templateById("gov-2021")!);
    const ws = (await roundTrip(layoutToWorkbook(layout))).worksheets[0];
    const at = layout.rows.findIndex((r) => r.some((v) => typeof v === "string" && v.includes("逾期不补正")));
    const col = layout.rows[at].findIndex((v) => typeof v === "string" && v.includes("逾期不补正"));
    expect(ws.getColumn(col + 1).width).toBeGreaterThanOrEqual(30);
    expect(ws.getRow(at + 1).height).toBeGreaterThanOrEqual(30);
    expect(ws.getCell(at + 1, col + 1).alignment?.wrapText).toBe(true);
  });

  it("writes decimal inputs with two decimals and several layouts as several sheets", async () => {
    const template = templateById("gov-2021")!;
    const a = officialLayout(template, { sheetName: "甲" });
    const b = officialLayout(template, { sheetName: "乙" });
    const wb = await roundTrip(layoutToWorkbook([a, b]));
    expect(wb.worksheets.map((w) => w.name)).toEqual(["甲", "乙"]);
    const decimal = a.inputs.find((i) => i.decimal)!;
    expect(wb.worksheets[0].getCell(decimal.row + 1, decimal.col + 1).numFmt).toBe("0.00##");
    expect((wb.worksheets[0] as unknown as { sheetProtection: unknown }).sheetProtection ?? null).toBeNull();
  });
});
