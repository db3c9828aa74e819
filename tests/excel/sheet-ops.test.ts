import { checkWorkbook } from "../../src/core/check";
import { toA1 } from "../../src/core/grid";
import { officialLayout } from "../../src/core/layout/official-layout";
import { templateById } from "../../src/core/templates";
import { ExcelHost } from "../../src/excel/ExcelHost";
import {
  cellAt,
  emptyWorkbook,
  rectA1,
  sheetById,
  sheetByName,
  type SimSheet,
} from "../../tools/excel-sim/model";
import { gov2021Book, openIn, putRows, SHEET, valueAt } from "./sim-workbook";

function snapshot(sheet: SimSheet): string {
  return JSON.stringify({
    cells: [...sheet.cells],
    merges: sheet.merges,
    cfs: sheet.cfs,
    protected: sheet.protected,
  });
}

const at = (sheet: SimSheet, row: number, col: number) => cellAt(sheet, row, col);

describe("insertBlankTemplate", () => {
  test("adds the official layout on a new protected sheet, inputs unlocked, and leaves the other sheets alone", async () => {
    const { book, sheet: clerks } = gov2021Book();
    const before = snapshot(clerks);
    openIn(book, "1.7");
    const host = new ExcelHost();
    const name = await host.insertBlankTemplate("gov-2021");

    expect(name).toBe("统计表");
    expect(snapshot(clerks)).toBe(before);
    const layout = officialLayout(templateById("gov-2021")!, { sheetName: name });
    const sheet = sheetByName(book, name)!;
    expect(sheetById(book, book.activeSheetId)?.name).toBe(name);
    expect(sheet.merges).toHaveLength(layout.merges.length);
    expect(sheet.protected).toBe(true);
    const first = layout.inputs[0];
    expect(at(sheet, first.row, first.col)?.locked).toBe(false);
    const label = layout.headerCells[0];
    expect(at(sheet, label.row, label.col)?.locked ?? true).toBe(true);
    expect(at(sheet, layout.titleRows[0], 0)?.bold).toBe(true);
    expect(at(sheet, first.row, first.col)?.borders).toContain("EdgeTop");

    const grid = await host.readGrid();
    const result = checkWorkbook({ sheets: grid.sheets.filter((s) => s.name === name) });
    expect(result.template).toBe("gov-2021");
    expect(result.tables).toHaveLength(3);
  });

  test("picks a free name, and on ExcelApi 1.1 builds the sheet without merges or protection", async () => {
    const book = emptyWorkbook();
    putRows(book, "统计表", []);
    openIn(book, "1.1");
    const host = new ExcelHost();
    const name = await host.insertBlankTemplate("gov-2019");
    expect(name).toBe("统计表2");
    expect(sheetByName(book, name)!.merges).toHaveLength(0);
    expect(sheetByName(book, name)!.protected).toBe(false);
    await expect(host.insertBlankTemplate("gov-1999")).rejects.toThrow("没有编号为“gov-1999”的标准表样");
  });
});

describe("writeCells", () => {
  test("writes confirmed values to unlocked cells of a protected blank sheet, refuses locked ones with a clear message", async () => {
    const book = emptyWorkbook();
    putRows(book, "Sheet1", []);
    openIn(book, "1.7");
    const host = new ExcelHost();
    const name = await host.insertBlankTemplate("gov-2021");
    const sheet = sheetByName(book, name)!;
    const layout = officialLayout(templateById("gov-2021")!, { sheetName: name });
    const input = toA1(layout.inputs[0].row, layout.inputs[0].col);
    await host.writeCells([{ sheet: name, cell: input, value: 0 }]);
    expect(valueAt(sheet, input)).toBe(0);

    const label = toA1(layout.headerCells[0].row, layout.headerCells[0].col);
    const second = toA1(layout.inputs[1].row, layout.inputs[1].col);
    await expect(
      host.writeCells([
        { sheet: name, cell: second, value: 0 },
        { sheet: name, cell: label, value: 0 },
      ]),
    ).rejects.toThrow(`工作表“${name}”受保护，单元格 ${label} 已锁定`);
    expect(valueAt(sheet, second) ?? "").toBe("");
  });

  test("a protected sheet on ExcelApi 1.1 and Excel's cell-edit mode give clear errors, not silence", async () => {
    const book = emptyWorkbook();
    const sheet = putRows(book, "Sheet1", []);
    sheet.protected = true;
    openIn(book, "1.1");
    const host = new ExcelHost();
    await expect(host.writeCells([{ sheet: "Sheet1", cell: "B2", value: 0 }])).rejects.toThrow(
      "工作表受保护",
    );
    sheet.protected = false;
    book.cellEditMode = true;
    await expect(host.writeCells([{ sheet: "Sheet1", cell: "B2", value: 0 }])).rejects.toThrow("结束编辑");
    book.cellEditMode = false;
    await expect(host.writeCells([{ sheet: "Sheet1", cell: "第二格", value: 0 }])).rejects.toThrow(
      "不是一个单元格地址",
    );
    await expect(host.writeCells([{ sheet: "没有这张表", cell: "B2", value: 0 }])).rejects.toThrow("找不到");
  });
});

describe("selectCell, onChange, capabilities", () => {
  test("selectCell activates the sheet and selects the cell; a missing sheet is explained", async () => {
    const { book } = gov2021Book();
    book.activeSheetId = putRows(book, "说明", []).id;
    openIn(book, "1.1");
    const host = new ExcelHost();
    await host.selectCell(SHEET, "D12");
    expect(sheetById(book, book.activeSheetId)?.name).toBe(SHEET);
    expect(sheetById(book, book.selection!.sheetId)?.name).toBe(SHEET);
    expect(rectA1(book.selection!.rect)).toBe("D12");
    await expect(host.selectCell("旧表", "A1")).rejects.toThrow("可能已被改名或删除");
  });

  test("before ExcelApi 1.7 a Common-API binding over the tables reports the clerk's edits", async () => {
    const { book, cellOf } = gov2021Book();
    const excel = openIn(book, "1.6");
    const host = new ExcelHost();
    let changes = 0;
    const unsubscribe = host.onChange(() => changes++);
    await host.readGrid();
    await excel.recorder.idle(50);
    await excel.edit(SHEET, cellOf("t2021_3", "r1_new.np"), 9);
    expect(changes).toBe(1);
    unsubscribe();
    await excel.recorder.idle(50);
    expect(book.bindings.size).toBe(0);
  });

  test("capabilities say in Chinese what this Excel lacks", () => {
    openIn(emptyWorkbook(), "1.1", { lacking: ["BindingEvents"], language: "en-US" });
    const old = new ExcelHost();
    expect(old.capabilities()).toMatchObject({ highlights: true, changeEvents: false, insertSheet: true });
    const notes = old.capabilities().notes;
    expect(notes.map((n) => n.text).join("\n")).toMatch(/无法感知单元格修改/);
    // Merged cells matter only where a table was not found: the pane shows that note only then.
    expect(notes.find((n) => /合并单元格/.test(n.text))?.when).toBe("tables-missing");
    expect(old.displayLanguage()).toBe("en-US");
    openIn(emptyWorkbook(), "1.14");
    expect(new ExcelHost().capabilities()).toMatchObject({ changeEvents: true, notes: [] });
  });
});
