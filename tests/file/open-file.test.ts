import { promises as fs } from "fs";
import path from "path";
import { checkWorkbook } from "../../src/core/check";
import { openWorkbookFile } from "../../src/file/open-file";
import { openWorkbookBytes } from "../../src/file/read-workbook";
import { tempDir } from "./outline-fixtures";
import { BAD_FILES, goodWorkbook, HUGE_SPARSE, writeFile } from "./bad-files";

let dir: string;
beforeAll(async () => {
  dir = await tempDir("nianbao-open-");
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

describe("openWorkbookFile", () => {
  it("opens a good workbook", async () => {
    const file = await writeFile(dir, "好.xlsx", await goodWorkbook());
    const result = await openWorkbookFile(file);
    expect(result.ok).toBe(true);
    if (result.ok) expect(checkWorkbook(result.grid).template).toBe("gov-2021");
  });

  it.each(BAD_FILES.map((b) => [b.name, b]))("tells which file and why for %s", async (name, bad) => {
    const file = await writeFile(dir, name, await bad.bytes());
    const result = await openWorkbookFile(file);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.message).toMatch(bad.says);
      expect(result.message).toContain(name);
      expect(result.message).not.toMatch(/\n\s+at /);
    }
  });

  it("says when the file is missing, is a folder or a device", async () => {
    const missing = await openWorkbookFile(path.join(dir, "没有.xlsx"));
    expect(missing).toEqual({ ok: false, message: expect.stringMatching(/找不到文件「.*没有\.xlsx」/) });
    const folder = await openWorkbookFile(dir);
    expect(folder).toEqual({ ok: false, message: expect.stringMatching(/是文件夹/) });
    const device = await openWorkbookFile("/dev/zero");
    expect(device).toEqual({ ok: false, message: expect.stringMatching(/「\/dev\/zero」不是普通文件/) });
  });

  it("refuses a file far larger than any 统计表 without reading it", async () => {
    const file = path.join(dir, "巨大.xlsx");
    await fs.writeFile(file, "");
    await fs.truncate(file, 25 * 1024 * 1024);
    const result = await openWorkbookFile(file);
    expect(result).toEqual({
      ok: false,
      message: expect.stringMatching(/巨大\.xlsx.*超过统计表工作簿的上限 20 MB/),
    });
  });

  it("reports a damaged zip whose directory is intact", async () => {
    const bytes = await goodWorkbook();
    bytes.fill(0x55, 200, bytes.length - 2000);
    const result = await openWorkbookBytes(bytes, "坏.xlsx");
    expect(result).toEqual({ ok: false, message: expect.stringMatching(/「坏\.xlsx」已损坏/) });
  });

  it("checks a sheet with a stray cell at row 1,000,000 and column 16,000", async () => {
    const file = await writeFile(dir, HUGE_SPARSE.name, await HUGE_SPARSE.bytes());
    const result = await openWorkbookFile(file);
    expect(result.ok).toBe(true);
    if (result.ok) {
      const checked = checkWorkbook(result.grid);
      expect(checked.template).toBe("gov-2021");
      expect(checked.summary.errors).toBe(0);
    }
  });
});
