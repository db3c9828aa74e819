import { existsSync, readFileSync } from "fs";
import { join } from "path";
import { type Page } from "playwright-core";
import { ROOT, servedPages, withChromium } from "./harness";

/** Microsoft's office.js as the CDN serves it, from the npm package: the real library, not a stand-in. */
const OFFICE_DIST = join(ROOT, "node_modules/@microsoft/office-js/dist");
const CDN = /^https:\/\/appsforoffice\.microsoft\.com\/lib\/1\/hosted\/([\w.-]+)$/;

withChromium("the task pane page opened in a plain browser tab", () => {
  const pages = servedPages();

  async function open(officeJs: "real" | "unreachable"): Promise<Page> {
    const page = await pages.browser.newPage();
    await page.route("**/*", (route) => {
      const url = route.request().url();
      if (url.startsWith(pages.server.url)) return route.continue();
      const file = CDN.exec(url)?.[1];
      if (officeJs === "real" && file && existsSync(join(OFFICE_DIST, file)))
        return route.fulfill({
          contentType: "application/javascript",
          body: readFileSync(join(OFFICE_DIST, file)),
        });
      return route.abort();
    });
    await page.goto(`${pages.server.url}/taskpane.html`);
    return page;
  }

  test.each(["real", "unreachable"] as const)(
    "with office.js %s it says in Chinese what the page is and where to go",
    async (officeJs) => {
      const page = await open(officeJs);
      // Not a blank page. The 2.5 s bound is notice.js's own timer (tests/taskpane/notice.test.ts); the machine is
      // shared, so this waits longer rather than time the browser.
      await page
        .getByRole("heading", { name: "这是年报助手的 Excel 加载项窗格" })
        .waitFor({ timeout: 10000 });
      expect(await page.getByText(/上传我的加载项/).count()).toBe(1);
      expect(await page.getByRole("link", { name: "年报助手网页检查器" }).getAttribute("href")).toBe(
        "web.html",
      );
      expect(await page.getByRole("list", { name: "检查结果" }).count()).toBe(0);
      await page.close();
    },
  );
});
