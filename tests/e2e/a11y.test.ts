import { type Page } from "playwright-core";
import { violations } from "./axe";
import { servedPages, withChromium } from "./harness";

withChromium("axe-core finds no accessibility violation", () => {
  const pages = servedPages();

  async function newPage(width: number): Promise<Page> {
    // axe is put in by the test, which the pages' own CSP would refuse.
    const context = await pages.browser.newContext({ viewport: { width, height: 900 }, bypassCSP: true });
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

  test("the web checker: empty, with the sample's findings, and after 检查", async () => {
    const page = await newPage(1400);
    await page.goto(`${pages.server.url}/web.html`);
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

  test("the notice in place of the pane in a plain browser tab", async () => {
    const page = await newPage(320);
    await page.goto(`${pages.server.url}/taskpane.html`);
    await page.getByText("这是年报助手的 Excel 加载项窗格").waitFor();
    expect(await violations(page)).toEqual([]);
  });
});
