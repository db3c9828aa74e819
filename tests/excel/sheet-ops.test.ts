import { checkWorkbook } from "../../src/core/check";
import { fromA1, toA1 } from "../../src/core/grid";
import { officialLayout } from "../../src/core/layout/official-layout";
import { templateById } from "../../src/core/templates";
import { ExcelHost } from "../../src/excel/ExcelHost";
import { FakeDocument, openInFakeExcel } from "./fake-office";
import { gov2021Document, SHEET } from "./gov2021-fixture";

function snapshot(doc: FakeDocument, sheet: string): string {
  const s = doc.wb.sheet(sheet)!;
  return JSON.stringify({
    cells: [...s.cells].map(([k, c]) => [k, { ...c, borders: [...c.borders] }]),
    merges: s.merges,
    cfs: s.cfs,
    protected: s.protected,
  });
}

describe("insertBlankTemplate", () => {
  test("adds the official layout on a new protected sheet, inputs unlocked, and leaves the other sheets alone", async () => {
    const { doc } = gov2021Document();
    const before = snapshot(doc, SHEET);
    openInFakeExcel(doc, { maxMinor: 7 });
    const host = new ExcelHost();
    const name = await host.insertBlankTemplate("gov-2021");

    expect(name).toBe("统计表");
    expect(snapshot(doc, SHEET)).toBe(before);
    const layout = officialLayout(templateById("gov-2021")!, { sheetName: name });
    const sheet = doc.wb.sheet(name)!;
    expect(doc.wb.sheets[doc.wb.active].name).toBe(name);
    expect(sheet.merges).toHaveLength(layout.merges.length);
    expect(sheet.protected).toBe(true);
    const first = layout.inputs[0];
    expect(sheet.peek(first.row, first.col)?.locked).toBe(false);
    const label = layout.headerCells[0];
    expect(sheet.peek(label.row, label.col)?.locked ?? true).toBe(true);
    expect(sheet.peek(layout.titleRows[0], 0)?.bold).toBe(true);
    expect(sheet.peek(first.row, first.col)?.borders.has("EdgeTop")).toBe(true);

    const grid = await host.readGrid();
    const result = checkWorkbook({ sheets: grid.sheets.filter((s) => s.name === name) });
    expect(result.template).toBe("gov-2021");
    expect(result.tables).toHaveLength(3);
  });

  test("picks a free name, and on ExcelApi 1.1 builds the sheet without merges or protection", async () => {
    const doc = new FakeDocument();
    doc.wb.addSheet("统计表");
    openInFakeExcel(doc, { maxMinor: 1 });
    const host = new ExcelHost();
    const name = await host.insertBlankTemplate("gov-2019");
    expect(name).toBe("统计表2");
    expect(doc.wb.sheet(name)!.merges).toHaveLength(0);
    expect(doc.wb.sheet(name)!.protected).toBe(false);
    await expect(host.insertBlankTemplate("gov-1999")).rejects.toThrow("没有编号为“gov-1999”的标准表样");
  });
});

describe("writeCells", () => {
  test("writes confirmed values to unlocked cells of a protected blank sheet, refuses locked ones with a clear message", async () => {
    const doc = new FakeDocument();
    doc.wb.addSheet("Sheet1");
    openInFakeExcel(doc, { maxMinor: 7 });
    const host = new ExcelHost();
    const name = await host.insertBlankTemplate("gov-2021");
    const layout = officialLayout(templateById("gov-2021")!, { sheetName: name });
    const input = toA1(layout.inputs[0].row, layout.inputs[0].col);
    await host.writeCells([{ sheet: name, cell: input, value: 0 }]);
    const p = fromA1(input);
    expect(doc.wb.sheet(name)!.peek(p.row, p.col)?.value).toBe(0);

    const label = toA1(layout.headerCells[0].row, layout.headerCells[0].col);
    const second = toA1(layout.inputs[1].row, layout.inputs[1].col);
    await expect(
      host.writeCells([
        { sheet: name, cell: second, value: 0 },
        { sheet: name, cell: label, value: 0 },
      ]),
    ).rejects.toThrow(`工作表“${name}”受保护，单元格 ${label} 已锁定`);
    const q = fromA1(second);
    expect(doc.wb.sheet(name)!.peek(q.row, q.col)?.value).toBe("");
  });

  test("a protected sheet on ExcelApi 1.1 and Excel's cell-edit mode give clear errors, not silence", async () => {
    const doc = new FakeDocument();
    const sheet = doc.wb.addSheet("Sheet1");
    sheet.protected = true;
    openInFakeExcel(doc, { maxMinor: 1 });
    const host = new ExcelHost();
    await expect(host.writeCells([{ sheet: "Sheet1", cell: "B2", value: 0 }])).rejects.toThrow(
      "工作表受保护",
    );
    sheet.protected = false;
    doc.wb.editing = true;
    await expect(host.writeCells([{ sheet: "Sheet1", cell: "B2", value: 0 }])).rejects.toThrow("结束编辑");
    doc.wb.editing = false;
    await expect(host.writeCells([{ sheet: "Sheet1", cell: "第二格", value: 0 }])).rejects.toThrow(
      "不是一个单元格地址",
    );
    await expect(host.writeCells([{ sheet: "没有这张表", cell: "B2", value: 0 }])).rejects.toThrow("找不到");
  });
});

describe("selectCell, onChange, capabilities", () => {
  test("selectCell activates the sheet and selects the cell; a missing sheet is explained", async () => {
    const { doc } = gov2021Document();
    doc.wb.addSheet("说明");
    doc.wb.active = 1;
    openInFakeExcel(doc, { maxMinor: 1 });
    const host = new ExcelHost();
    await host.selectCell(SHEET, "D12");
    expect(doc.wb.sheets[doc.wb.active].name).toBe(SHEET);
    expect(doc.wb.selection).toEqual({ sheet: SHEET, address: "D12" });
    await expect(host.selectCell("旧表", "A1")).rejects.toThrow("可能已被改名或删除");
  });

  test("before ExcelApi 1.7 a Common-API binding over the tables reports the clerk's edits", async () => {
    const { doc, cellOf } = gov2021Document();
    const office = openInFakeExcel(doc, { maxMinor: 6 });
    const host = new ExcelHost();
    let changes = 0;
    const unsubscribe = host.onChange(() => changes++);
    await host.readGrid();
    await office.excel.edit(SHEET, cellOf("t2021_3", "r1_new.np"), 9);
    expect(changes).toBe(1);
    unsubscribe();
    expect(office.bindings.size).toBe(0);
  });

  test("capabilities say in Chinese what this Excel lacks", () => {
    openInFakeExcel(new FakeDocument(), { maxMinor: 1, bindingEvents: false, language: "en-US" });
    const old = new ExcelHost();
    expect(old.capabilities()).toMatchObject({ highlights: true, changeEvents: false, insertSheet: true });
    const notes = old.capabilities().notes;
    expect(notes.map((n) => n.text).join("\n")).toMatch(/无法感知单元格修改/);
    // Merged cells matter only where a table was not found: the pane shows that note only then.
    expect(notes.find((n) => /合并单元格/.test(n.text))?.when).toBe("tables-missing");
    expect(old.displayLanguage()).toBe("en-US");
    openInFakeExcel(new FakeDocument(), { maxMinor: 14 });
    expect(new ExcelHost().capabilities()).toMatchObject({ changeEvents: true, notes: [] });
  });
});
