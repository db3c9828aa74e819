import { readFileSync } from "fs";
import { join } from "path";
import { type Browser, type Locator, type Page } from "playwright-core";
import { toA1 } from "../../src/core/grid";
import { officialLayout } from "../../src/core/layout/official-layout";
import { templateById } from "../../src/core/templates";
import { layoutToWorkbook } from "../../src/file/write-workbook";
import { builtWebDir, launchChromium, type Served, serveDir, withChromium } from "./harness";

/** A first run builds the pages, which takes minutes on a busy machine. */
const BUILD_TIMEOUT_MS = 10 * 60 * 1000;
const FAKE_OFFICE = readFileSync(join(__dirname, "fake-office.js"), "utf8");

/** What fake-office.js exposes to the test. */
interface FakeWindow {
  fakeExcel: { state: { selected: string | null; formats: Array<{ range: string }> } };
}

/** gov-2021 with two mistakes: a 表三 total of 5 among zeros and one blank cell in 表二. */
function planted(sheetName: string) {
  const layout = officialLayout(templateById("gov-2021")!, { sheetName });
  for (const i of layout.inputs) layout.rows[i.row][i.col] = 0;
  const at = (table: string, key: string) => layout.inputs.find((i) => i.tableId === table && i.key === key)!;
  const total = at("t2021_3", "r1_new.total");
  layout.rows[total.row][total.col] = 5;
  const blank = at("t2021_2", "xzxk.decisions");
  layout.rows[blank.row][blank.col] = null;
  return { layout, total: toA1(total.row, total.col) };
}

async function xlsxBytes(): Promise<Buffer> {
  const { layout } = planted("统计表");
  return Buffer.from(await layoutToWorkbook(layout).xlsx.writeBuffer());
}

function fakeExcelWorkbook() {
  const { layout, total } = planted("Sheet1");
  const values = layout.rows.map((row) => Array.from({ length: layout.width }, (_, c) => row[c] ?? ""));
  const merges = layout.merges.map((m) => `${toA1(m.top, m.left)}:${toA1(m.bottom, m.right)}`);
  return { workbook: { sheets: [{ name: "Sheet1", values, merges }] }, total };
}

/** Waits until `read` gives `expected` (the page answers asynchronously), then checks it. */
async function until<T>(read: () => Promise<T>, expected: T): Promise<void> {
  for (let i = 0; i < 100 && (await read()) !== expected; i++) await new Promise((r) => setTimeout(r, 100));
  expect(await read()).toBe(expected);
}

const focused = (target: Locator) => target.evaluate((el) => el === document.activeElement);

/** Presses Tab (or Shift+Tab) until `target` has the focus: only keys, as a clerk without a mouse would. */
async function tabTo(page: Page, target: Locator, back = false): Promise<void> {
  for (let i = 0; i < 80; i++) {
    if (await focused(target)) {
      // The focus can be seen: a keyboard focus ring, not only the browser's memory of it.
      expect(await target.evaluate((el) => el.matches(":focus-visible"))).toBe(true);
      return;
    }
    await page.keyboard.press(back ? "Shift+Tab" : "Tab");
  }
  throw new Error(`Tab never reached ${target.toString()}`);
}

/** The findings, their details and the two panels, by keyboard alone; the same in the pane and on the web page. */
async function findingsAndPanels(page: Page, selectedCell: () => Promise<string | null>): Promise<void> {
  const list = page.getByRole("list", { name: "检查结果" });
  const first = list.getByRole("listitem").first();
  const verdicts = list.locator("button[data-finding]");
  await tabTo(page, verdicts.first());
  await page.keyboard.press("ArrowDown");
  expect(await focused(verdicts.nth(1))).toBe(true);
  await page.keyboard.press("ArrowUp");
  expect(await focused(verdicts.first())).toBe(true);
  await page.keyboard.press("Enter");
  const cell = await first.getAttribute("data-cell");
  await until(selectedCell, cell);

  const details = first.getByRole("button", { name: /的详情$/ });
  await tabTo(page, details);
  await page.keyboard.press("Space");
  expect(await details.getAttribute("aria-expanded")).toBe("true");
  expect(
    await first.getByRole("list", { name: "涉及的单元格" }).getByRole("listitem").count(),
  ).toBeGreaterThan(1);

  const outlineTab = page.getByRole("tab", { name: "报告提纲" });
  await tabTo(page, outlineTab);
  await tabTo(page, page.getByRole("button", { name: "复制" }));
  await page.keyboard.press("Enter");
  await page.getByText("已复制到剪贴板。").waitFor();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toContain("【数据待核：表中为");

  await tabTo(page, outlineTab, true);
  await page.keyboard.press("ArrowRight");
  const submitTab = page.getByRole("tab", { name: "报送" });
  expect(await focused(submitTab)).toBe(true);
  expect(await submitTab.getAttribute("aria-selected")).toBe("true");
  await tabTo(page, page.getByRole("button", { name: "导出报送文件" }));
  await page.keyboard.press("Enter");
  expect(await page.getByRole("alert").textContent()).toMatch(/个错误未改正，不能报送/);
}

withChromium("every flow by keyboard alone", () => {
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
    const context = await browser.newContext({ viewport: { width, height: 900 } });
    await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: server.url });
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

  test("the web page: open a file, 检查, the findings, a cell, 清除标记, 报告提纲, 报送", async () => {
    const page = await newPage(1400);
    await page.goto(`${server.url}/web.html`);
    const open = page.getByRole("button", { name: "打开 .xlsx 文件" });
    await tabTo(page, open);
    const [chooser] = await Promise.all([page.waitForEvent("filechooser"), page.keyboard.press("Enter")]);
    await chooser.setFiles({
      name: "年报.xlsx",
      mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      buffer: await xlsxBytes(),
    });
    await page.getByRole("list", { name: "检查结果" }).getByRole("listitem").first().waitFor();

    await tabTo(page, page.getByRole("button", { name: "检查", exact: true }));
    await page.keyboard.press("Enter");
    await page.waitForSelector('table[data-sheet] td[data-severity="error"]');

    // The grid's scroll box takes the focus, so its arrows scroll a sheet wider than the screen.
    await tabTo(page, page.getByRole("region", { name: "工作表“统计表”" }));

    await tabTo(page, page.getByRole("button", { name: "清除标记" }), true);
    await page.keyboard.press("Enter");
    await page.waitForSelector('table[data-sheet] td[data-severity="error"]', { state: "detached" });

    await findingsAndPanels(page, () =>
      page.locator('table[data-sheet] td[aria-current="true"]').getAttribute("data-cell"),
    );
  });

  test("the task pane on the fake Excel: 检查, the findings, a cell, 清除标记, 报告提纲, 报送", async () => {
    const page = await newPage(320);
    const { workbook, total } = fakeExcelWorkbook();
    await page.addInitScript({
      content: `window.fakeOfficeInit = ${JSON.stringify({ workbook, language: "zh-CN" })};\n${FAKE_OFFICE}`,
    });
    await page.goto(`${server.url}/taskpane.html`);
    await page.getByRole("list", { name: "检查结果" }).getByRole("listitem").first().waitFor();
    const state = () => page.evaluate(() => (window as unknown as FakeWindow).fakeExcel.state);

    await tabTo(page, page.getByRole("button", { name: "检查", exact: true }));
    await page.keyboard.press("Enter");
    await until(async () => (await state()).formats.some((f) => f.range === `Sheet1!${total}`), true);
    await tabTo(page, page.getByRole("button", { name: "清除标记" }));
    await page.keyboard.press("Space");
    await until(async () => (await state()).formats.length, 0);

    await findingsAndPanels(page, async () => (await state()).selected?.replace(/^Sheet1!/, "") ?? null);
  });
});
