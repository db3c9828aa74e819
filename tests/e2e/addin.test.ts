import { readFileSync } from "fs";
import { gzipSync } from "zlib";
import { join } from "path";
import { type Browser, type Page } from "playwright-core";
import { builtWebDir, launchChromium, type Served, serveDir, withChromium } from "./harness";
import { plantedWorkbook } from "./workbooks";

const FAKE_OFFICE = readFileSync(join(__dirname, "fake-office.js"), "utf8");

withChromium("the add-in task pane in headless Chromium", () => {
  let browser: Browser;
  let server: Served;
  let dir: string;

  beforeAll(async () => {
    // A lone run of this file may have to build the pages first.
    dir = builtWebDir();
    server = await serveDir(dir);
    browser = await launchChromium();
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function openPane(
    options: { userAgent?: string; language?: string } = {},
  ): Promise<{ page: Page; errors: string[] }> {
    const context = await browser.newContext({
      viewport: { width: 360, height: 900 },
      userAgent: options.userAgent,
    });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    page.on("console", (m) => {
      if (m.type() === "error") errors.push(m.text());
    });
    // Nothing leaves the machine: office.js is answered by a stub (the fake is already installed), the rest refused.
    await page.route("**/*", (route) => {
      const url = route.request().url();
      if (url.startsWith(server.url)) return route.continue();
      if (url.endsWith("/office.js"))
        return route.fulfill({ contentType: "application/javascript", body: "/* office.js stub */" });
      return route.abort();
    });
    const { sheets } = plantedWorkbook();
    const workbook = { sheets };
    await page.addInitScript({
      content: `window.fakeOfficeInit = ${JSON.stringify({ workbook, language: options.language ?? "zh-CN" })};\n${FAKE_OFFICE}`,
    });
    await page.goto(`${server.url}/taskpane.html`);
    return { page, errors };
  }

  test("in the IE11 webview of old Office taskpane.html loads the legacy pane, not the React one", async () => {
    const { page, errors } = await openPane({
      userAgent: "Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; rv:11.0) like Gecko",
    });
    await page.getByRole("list", { name: "检查结果" }).getByRole("listitem").first().waitFor();
    const scripts = await page.locator("script[src]").evaluateAll((s) => s.map((x) => x.getAttribute("src")));
    expect(scripts.filter((src) => /^legacy\./.test(src ?? ""))).toHaveLength(1);
    expect(scripts.filter((src) => /^taskpane\./.test(src ?? ""))).toHaveLength(0);
    expect(await page.locator(".nb-pane").count()).toBe(1);
    expect(errors).toEqual([]);
  });

  test("the built pages carry a CSP without eval and load no CDN but Microsoft's office.js", () => {
    const html = readFileSync(join(dir, "taskpane.html"), "utf8");
    const csp =
      /Content-Security-Policy" content="([^"]*)"/.exec(html)?.[1] ??
      /Content-Security-Policy content="([^"]*)"/.exec(html)?.[1];
    expect(csp).toMatch(/script-src 'self' https:\/\/appsforoffice\.microsoft\.com;/);
    expect(csp).not.toContain("unsafe-eval");
    const external = [...html.matchAll(/src=["']?(https?:[^"' >]+)/g)].map((m) => m[1]);
    expect(external).toEqual(["https://appsforoffice.microsoft.com/lib/1/hosted/office.js"]);
  });

  test("the task pane starts with under 300 KB of gzipped script, without exceljs or docx", () => {
    const html = readFileSync(join(dir, "taskpane.html"), "utf8");
    const scripts = [...html.matchAll(/<script[^>]*\ssrc=["']?([^"' >]+)/g)]
      .map((m) => m[1])
      .filter((src) => !src.startsWith("http"));
    const code = scripts.map((src) => readFileSync(join(dir, src)));
    const gzipped = code.reduce((sum, c) => sum + gzipSync(c, { level: 9 }).length, 0);
    expect(gzipped).toBeLessThan(300 * 1024);
    // Files only an .xlsx (exceljs) or a .docx (docx) writer names.
    const text = code.map((c) => c.toString()).join("\n");
    expect(text).not.toContain("[Content_Types].xml");
    expect(text).not.toContain("word/document.xml");
  });
});
