import { type Page } from "playwright-core";
import { officialLayout } from "../../src/core/layout/official-layout";
import { templateById } from "../../src/core/templates";
import { layoutToWorkbook } from "../../src/file/write-workbook";
import { servedPages, withChromium } from "./harness";
import { findingsAndPanels, tabTo } from "./keyboard-flows";

/** gov-2021 with two mistakes: a 表三 total of 5 among zeros and one blank cell in 表二. */
async function xlsxBytes(): Promise<Buffer> {
  const layout = officialLayout(templateById("gov-2021")!, { sheetName: "统计表" });
  for (const i of layout.inputs) layout.rows[i.row][i.col] = 0;
  const at = (table: string, key: string) => layout.inputs.find((i) => i.tableId === table && i.key === key)!;
  const total = at("t2021_3", "r1_new.total");
  layout.rows[total.row][total.col] = 5;
  const blank = at("t2021_2", "xzxk.decisions");
  layout.rows[blank.row][blank.col] = null;
  return Buffer.from(await layoutToWorkbook(layout).xlsx.writeBuffer());
}

withChromium("every flow by keyboard alone", () => {
  const pages = servedPages();

  async function newPage(width: number): Promise<Page> {
    const context = await pages.browser.newContext({ viewport: { width, height: 900 } });
    await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: pages.server.url });
    const page = await context.newPage();
    await page.route("**/*", (route) => {
      const url = route.request().url();
      if (url.startsWith(pages.server.url)) return route.continue();
      if (url.endsWith("/office.js"))
        return route.fulfill({ contentType: "application/javascript", body: "/* office.js stub */" });
      return route.abort();
    });
    return page;
  }

  test("the web page: open a file, 检查, the findings, a cell, 清除标记, 报告提纲, 报送", async () => {
    const page = await newPage(1400);
    await page.goto(`${pages.server.url}/web.html`);
    // Every script in, so that no late render moves the focus from under the key (a loaded CI machine caught one).
    await page.waitForLoadState("networkidle");
    // Waited for before the tabbing: Playwright turns on its catching of file choosers only once asked, by a message
    // that a key pressed at once could overtake on a loaded machine, and then no chooser event ever comes.
    const choosing = page.waitForEvent("filechooser");
    const open = page.getByRole("button", { name: "打开 .xlsx 文件" });
    await tabTo(page.keyboard, open);
    await page.keyboard.press("Enter");
    const chooser = await choosing;
    await chooser.setFiles({
      name: "年报.xlsx",
      mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      buffer: await xlsxBytes(),
    });
    await page.getByRole("list", { name: "检查结果" }).getByRole("listitem").first().waitFor();

    await tabTo(page.keyboard, page.getByRole("button", { name: "检查", exact: true }));
    await page.keyboard.press("Enter");
    await page.waitForSelector('table[data-sheet] td[data-severity="error"]');

    // The grid's scroll box takes the focus, so its arrows scroll a sheet wider than the screen.
    await tabTo(page.keyboard, page.getByRole("region", { name: "工作表“统计表”" }));

    await tabTo(page.keyboard, page.getByRole("button", { name: "清除标记" }), true);
    await page.keyboard.press("Enter");
    await page.waitForSelector('table[data-sheet] td[data-severity="error"]', { state: "detached" });

    await findingsAndPanels({ root: page, keyboard: page.keyboard }, () =>
      page.locator('table[data-sheet] td[aria-current="true"]').getAttribute("data-cell"),
    );
  });
});
