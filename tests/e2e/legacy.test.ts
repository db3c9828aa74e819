import { parse } from "acorn";
import { readFileSync } from "fs";
import { join } from "path";
import { type Browser, type Page } from "playwright-core";
import { gzipSync } from "zlib";
import { builtWebDir, launchChromium, type Served, serveDir, withChromium } from "./harness";
import { ie11BuiltinsRemoved, TRIDENT } from "./ie11-page";
import { type FakeWorkbook, plantedWorkbook } from "./workbooks";

/** scripts/legacy/legacy-pane.js BUDGET_KIB: the build refuses more; this test says so on the files it serves. */
const BUDGET_KIB = 150;

/*
 * The legacy pane (src/legacy) that volume-licensed Office 2016/2019 show in Internet Explorer 11. There is no IE11
 * here, so every script that page loads must parse as ES5 (below), and the pane runs in a page stripped of the
 * ES2015+ built-ins IE11 lacks (ie11-page.ts) with a Trident user agent: on Microsoft's office.js in the simulated
 * Excel at ExcelApi 1.1 (2016) and 1.7 (2019), next to the React pane (tests/excel-sim/legacy.test.ts), and here on
 * fake-office.js for the parts of the pane those tests do not reach.
 */

const FAKE_OFFICE = readFileSync(join(__dirname, "fake-office.js"), "utf8");

/** What fake-office.js records of what happened in Excel. */
interface ExcelState {
  selected: string | null;
}

/** The scripts taskpane.html loads in IE11: the chooser, then what the build put in its data-legacy. */
function legacyScripts(dist: string): string[] {
  const html = readFileSync(join(dist, "taskpane.html"), "utf8");
  const list = /data-legacy="?([^">]+)"?/.exec(html)?.[1] ?? "";
  return ["choose-pane.js", ...list.split(" ").filter(Boolean)];
}

withChromium("the legacy pane for Internet Explorer 11", () => {
  let browser: Browser;
  let server: Served;
  let dist: string;

  beforeAll(async () => {
    dist = builtWebDir();
    server = await serveDir(dist);
    browser = await launchChromium();
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function open(workbook: FakeWorkbook, maxApi: string) {
    const context = await browser.newContext({ viewport: { width: 360, height: 900 }, userAgent: TRIDENT });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    page.on("console", (m) => {
      if (m.type() === "error") errors.push(m.text());
    });
    await page.route("**/*", (route) => {
      const url = route.request().url();
      if (url.startsWith(server.url)) return route.continue();
      if (url.endsWith("/office.js"))
        return route.fulfill({ contentType: "application/javascript", body: "/* office.js stub */" });
      return route.abort();
    });
    const init = `window.fakeOfficeInit = ${JSON.stringify({ workbook, maxApi, language: "zh-CN" })};\n`;
    // The stand-in for office.js keeps a Promise, as office.js brings its own to IE11; the page has none.
    await page.addInitScript({ content: ie11BuiltinsRemoved() });
    await page.addInitScript({
      content: `${init}(function (Promise) {\n${FAKE_OFFICE}\n})(window.__nativePromise);`,
    });
    await page.goto(`${server.url}/taskpane.html`);
    return { page, errors };
  }

  const toolbar = (page: Page) => page.getByRole("toolbar", { name: "年报助手操作" });

  /** The fake's record of what happened in Excel, passed out as JSON text. */
  async function excel(page: Page): Promise<ExcelState> {
    return JSON.parse(await page.evaluate("JSON.stringify(window.fakeExcel.state)")) as ExcelState;
  }

  async function waitFor(what: () => Promise<boolean>): Promise<void> {
    for (let i = 0; i < 200; i++) {
      if (await what()) return;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error("timed out");
  }

  test("every script the IE11 page loads parses as ES5, and they weigh at most their budget gzipped", () => {
    const scripts = legacyScripts(dist);
    expect(scripts.length).toBeGreaterThanOrEqual(2);
    let gzipped = 0;
    for (const src of scripts) {
      const code = readFileSync(join(dist, src));
      expect(() => parse(code.toString(), { ecmaVersion: 5, sourceType: "script" })).not.toThrow();
      gzipped += gzipSync(code, { level: 9 }).length;
    }
    expect(gzipped).toBeLessThanOrEqual(BUDGET_KIB * 1024);
    // The template schema is checked at build time: zod itself is not shipped to IE11.
    const text = scripts.map((src) => readFileSync(join(dist, src), "utf8")).join("\n");
    expect(text).not.toContain("ZodError");
    // The page's Promise is office.js's (src/legacy/promise-from-office.ts): core-js's stays out.
    expect(text).not.toContain("Promise can't be resolved itself");
  });

  test("at ExcelApi 1.7 a click goes to the cell and an edit is rechecked by itself", async () => {
    const { total, sheets } = plantedWorkbook();
    const { page, errors } = await open({ sheets }, "1.7");
    const item = page.locator(`[role=listitem][data-cell="${total}"]`);
    await item.click();
    await waitFor(async () => (await excel(page)).selected === `Sheet1!${total}`);
    expect(await item.getAttribute("aria-current")).toBe("true");
    await page.evaluate(`window.fakeExcel.edit("Sheet1", "${total}", 0)`);
    await item.waitFor({ state: "detached" });
    expect(errors).toEqual([]);
    await page.context().close();
  });

  test("at ExcelApi 1.1 空白单元格填 0 lists the cell, writes only after 确认填写, and the finding goes", async () => {
    const { blank, sheets } = plantedWorkbook();
    const { page, errors } = await open({ sheets }, "1.1");
    const item = page.locator(`[role=listitem][data-cell="${blank}"]`);
    await item.waitFor();
    await toolbar(page).getByRole("button", { name: "空白单元格填 0" }).click();
    const dialog = page.getByRole("dialog", { name: "空白单元格填 0" });
    expect(await dialog.getByRole("listitem").count()).toBe(1);
    expect(await dialog.getByRole("listitem").textContent()).toContain(`Sheet1!${blank}`);
    // Nothing is written while the clerk decides.
    await page.waitForTimeout(300);
    expect(await item.count()).toBe(1);
    await dialog.getByRole("button", { name: "确认填写" }).click();
    await page.getByText("已在 1 个单元格填入 0。").waitFor();
    await item.waitFor({ state: "detached" });
    expect(errors).toEqual([]);
    await page.context().close();
  });

  test("the outline is there to copy, and export points to the web checker and the CLI", async () => {
    const { sheets } = plantedWorkbook();
    const { page, errors } = await open({ sheets }, "1.7");
    const outline = page.getByRole("region", { name: "报告提纲" });
    await outline
      .getByText("统计表有 2 处错误，相关数字在提纲中标为【数据待核】，原因见检查结果。")
      .waitFor();
    const text = await outline.getByRole("textbox", { name: "提纲全文" }).inputValue();
    expect(text).toContain("【数据待核");
    await outline.getByRole("button", { name: "复制" }).click();
    await outline.getByText(/已复制到剪贴板。|无法访问剪贴板/).waitFor();
    const exports = page.getByRole("region", { name: "导出报送文件与 Word 提纲" });
    expect(await exports.getByRole("link", { name: "打开年报助手网页版" }).getAttribute("href")).toBe(
      "web.html",
    );
    expect(await exports.textContent()).toContain("nianbao export");
    expect(errors).toEqual([]);
    await page.context().close();
  });

  // Inserting itself needs more of Excel than fake-office.js has (whole-column ranges, borders): see the simulator.
  test("a workbook without the tables offers 插入标准空白表 in either format", async () => {
    const { page, errors } = await open(
      { sheets: [{ name: "Sheet1", values: [["备注"]], merges: [] }] },
      "1.1",
    );
    await page.getByText(/未在工作簿中找到标准统计表/).waitFor();
    const choice = page.getByRole("combobox", { name: "空白表格式" });
    expect(await choice.inputValue()).toBe("gov-2021");
    await choice.selectOption("pre-2019");
    expect(await page.getByRole("button", { name: "插入标准空白表" }).isEnabled()).toBe(true);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
