import { checkWorkbook } from "../../src/core/check";
import { toA1 } from "../../src/core/grid";
import { highlightsFromFindings } from "../../src/core/host";
import {
  derivedName,
  type DownloadFile,
  type FileHost,
  type FileView,
  openFileHost,
  XLSX_TYPE,
} from "../../src/file/file-host";
import { readWorkbook } from "../../src/file/read-workbook";
import { SAMPLE_MISTAKES, sampleLayout, sampleWorkbookBytes } from "../../src/file/sample-workbook";

async function sampleHost(downloads: DownloadFile[] = []): Promise<FileHost> {
  const opened = await openFileHost(await sampleWorkbookBytes(), {
    name: "示例.xlsx",
    download: (f) => downloads.push(f),
  });
  if (!opened.ok) throw new Error(opened.message);
  return opened.host;
}

describe("the file host of the web page", () => {
  test("the bundled sample shows exactly its planted mistakes, at the planted cells", async () => {
    const host = await sampleHost();
    const result = checkWorkbook(await host.readGrid(), { lang: "zh-CN" });
    expect(result.template).toBe("gov-2021");
    expect(result.findings.map((f) => f.kind).sort()).toEqual(
      ["balance-mismatch", "empty-required", "not-a-number", "sum-mismatch"].sort(),
    );
    const layout = sampleLayout();
    for (const m of SAMPLE_MISTAKES) {
      const input = layout.inputs.find((i) => i.tableId === m.tableId && i.key === m.key)!;
      const cell = toA1(input.row, input.col);
      const named = result.findings.some((f) => f.cell === cell || f.involved?.some((i) => i.cell === cell));
      expect([m.what, named]).toEqual([m.what, true]);
    }
  });

  test("marks and the selected cell stay in memory and reach subscribers; the grid is never changed", async () => {
    const host = await sampleHost();
    const before = JSON.stringify(await host.readGrid());
    const views: FileView[] = [];
    const stop = host.subscribe((v) => views.push(v));
    const result = checkWorkbook(await host.readGrid(), { lang: "zh-CN" });
    await host.applyHighlights(highlightsFromFindings(result.findings));
    expect(host.current().highlights).toHaveLength(4);
    await host.selectCell("统计表", "b10");
    expect(host.current().selected).toEqual({ sheet: "统计表", cell: "B10" });
    await host.clearHighlights();
    expect(host.current().highlights).toEqual([]);
    stop();
    await host.selectCell("统计表", "A1");
    expect(views).toHaveLength(3);
    expect(JSON.stringify(await host.readGrid())).toBe(before);
  });

  test("what the page cannot do is said in Chinese", async () => {
    const host = await sampleHost();
    const caps = host.capabilities();
    expect(caps).toMatchObject({ highlights: true, changeEvents: false, insertSheet: true });
    expect(caps.notes.map((n) => n.text).join("")).toContain("不会修改");
    await expect(host.writeCells([{ sheet: "统计表", cell: "B10", value: 0 }])).rejects.toThrow(
      /网页版不能改写单元格/,
    );
    await expect(host.selectCell("表格2", "A1")).rejects.toThrow(/没有工作表“表格2”/);
    await expect(host.selectCell("统计表", "第十行")).rejects.toThrow(/不是有效的单元格地址/);
    await expect(host.insertBlankTemplate("gov-1999")).rejects.toThrow(/没有编号为“gov-1999”/);
  });

  test("inserting a blank sheet offers the blank standard workbook as a download", async () => {
    const downloads: DownloadFile[] = [];
    const host = await sampleHost(downloads);
    const name = await host.insertBlankTemplate("gov-2021");
    expect(downloads).toHaveLength(1);
    expect(downloads[0]).toMatchObject({ name, type: XLSX_TYPE });
    expect(name).toMatch(/\.xlsx$/);
    const blank = checkWorkbook((await readWorkbook(downloads[0].data)).grid, { lang: "zh-CN" });
    expect(blank.template).toBe("gov-2021");
    expect(blank.findings.every((f) => f.kind === "empty-required")).toBe(true);
  });

  test("the annotated copy is named after the opened file", async () => {
    const host = await sampleHost();
    const copy = await host.annotatedCopy([]);
    expect(copy.name).toBe("示例_标注.xlsx");
    expect(derivedName("某局.年报.XLSX", "标注")).toBe("某局.年报_标注.xlsx");
    expect(derivedName(".xlsx", "标注")).toBe("统计表_标注.xlsx");
  });

  test("a file that is not a workbook gives the Chinese reason with its name", async () => {
    const opened = await openFileHost(new TextEncoder().encode("纯文本"), {
      name: "说明.txt",
      download: () => {},
    });
    expect(opened.ok).toBe(false);
    if (!opened.ok) expect(opened.message).toContain("说明.txt");
  });
});
