import { readFileSync } from "fs";
import { join } from "path";
import { type Browser, type Page } from "playwright-core";
import { toA1 } from "../../src/core/grid";
import { officialLayout } from "../../src/core/layout/official-layout";
import { templateById } from "../../src/core/templates";
import { violations } from "./axe";
import { builtWebDir, launchChromium, type Served, serveDir, withChromium } from "./harness";

/** A first run builds the pages, which takes minutes on a busy machine. */
const BUILD_TIMEOUT_MS = 10 * 60 * 1000;
const FAKE_OFFICE = readFileSync(join(__dirname, "fake-office.js"), "utf8");

/** A gov-2021 sheet with two mistakes: a 表三 total of 5 among zeros and one blank cell in 表二. */
function plantedWorkbook() {
  const layout = officialLayout(templateById("gov-2021")!, { sheetName: "Sheet1" });
  const values = layout.rows.map((row) => Array.from({ length: layout.width }, (_, c) => row[c] ?? ""));
  for (const i of layout.inputs) values[i.row][i.col] = 0;
  const at = (table: string, key: string) => layout.inputs.find((i) => i.tableId === table && i.key === key)!;
  const total = at("t2021_3", "r1_new.total");
  values[total.row][total.col] = 5;
  const blank = at("t2021_2", "xzxk.decisions");
  values[blank.row][blank.col] = "";
  const merges = layout.merges.map((m) => `${toA1(m.top, m.left)}:${toA1(m.bottom, m.right)}`);
  return { sheets: [{ name: "Sheet1", values, merges }] };
}

withChromium("axe-core finds no accessibility violation", () => {
  let browser: Browser;
  let server: Served;

  beforeAll(async () => {
    server = await serveDir(builtWebDir());
    browser = await launchChromium();
  }, BUILD_TIMEOUT_MS);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function newPage(width: number): Promise<Page> {
    // axe is put in by the test, which the pages' own CSP would refuse.
    const context = await browser.newContext({ viewport: { width, height: 900 }, bypassCSP: true });
    const page = await context.newPage();
    await page.route("**/*", (route) => {
      const url = route.request().url();
      if (url.startsWith(server.url)) return route.continue();
      if (url.endsWith("/office.js"))
        return route.fulfill({ contentType: "application/javascript", body: "/* office.js stub */" });
      return route.abort();
    });
    return page;
  }

  test("the web checker: empty, with the sample's findings, and after 检查", async () => {
    const page = await newPage(1400);
    await page.goto(`${server.url}/web.html`);
    await page.getByText("文件不会上传到任何服务器").waitFor();
    const empty = await violations(page);

    await page.getByRole("button", { name: "打开示例" }).click();
    await page.getByRole("list", { name: "检查结果" }).getByRole("listitem").first().waitFor();
    const opened = await violations(page);

    await page.getByRole("button", { name: "检查", exact: true }).click();
    await page.getByRole("list", { name: "检查结果" }).getByRole("listitem").first().click();
    await page
      .getByRole("button", { name: /的详情$/ })
      .first()
      .click();
    const checked = await violations(page);

    await page.getByRole("tab", { name: "报送" }).click();
    await page.getByRole("button", { name: "导出报送文件" }).click();
    await page.getByRole("alert").waitFor();
    const submit = await violations(page);
    // All at once, so that a failure lists everything there is to fix.
    expect({ empty, opened, checked, submit }).toEqual({ empty: [], opened: [], checked: [], submit: [] });
  });

  test("the task pane on the fake Excel: on opening and after 检查", async () => {
    const page = await newPage(320);
    await page.addInitScript({
      content: `window.fakeOfficeInit = ${JSON.stringify({ workbook: plantedWorkbook(), language: "zh-CN" })};\n${FAKE_OFFICE}`,
    });
    await page.goto(`${server.url}/taskpane.html`);
    await page.getByRole("list", { name: "检查结果" }).getByRole("listitem").first().waitFor();
    const opened = await violations(page);

    await page.getByRole("button", { name: "检查", exact: true }).click();
    await page.getByRole("list", { name: "检查结果" }).getByRole("listitem").first().click();
    await page
      .getByRole("button", { name: /的详情$/ })
      .first()
      .click();
    const checked = await violations(page);

    await page.getByRole("tab", { name: "报送" }).click();
    await page.getByRole("button", { name: "导出报送文件" }).click();
    await page.getByRole("alert").waitFor();
    const submit = await violations(page);
    expect({ opened, checked, submit }).toEqual({ opened: [], checked: [], submit: [] });
  });

  test("the notice in place of the pane in a plain browser tab", async () => {
    const page = await newPage(320);
    await page.goto(`${server.url}/taskpane.html`);
    await page.getByText("这是年报助手的 Excel 加载项窗格").waitFor();
    expect(await violations(page)).toEqual([]);
  });
});
