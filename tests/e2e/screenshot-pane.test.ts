import { copyFileSync, mkdirSync, readFileSync } from "fs";
import { join } from "path";
import { type Browser } from "playwright-core";
import { toA1 } from "../../src/core/grid";
import { officialLayout } from "../../src/core/layout/official-layout";
import { templateById } from "../../src/core/templates";
import { builtWebDir, launchChromium, ROOT, type Served, serveDir, withChromium } from "./harness";

const FAKE_OFFICE = readFileSync(join(__dirname, "fake-office.js"), "utf8");

/** gov-2021 as in the README: a 表三 total one short of its parts, and a blank 表二 cell. */
function workbook() {
  const layout = officialLayout(templateById("gov-2021")!, { sheetName: "Sheet1" });
  const values = layout.rows.map((row) => Array.from({ length: layout.width }, (_, c) => row[c] ?? ""));
  for (const i of layout.inputs) values[i.row][i.col] = 0;
  const set = (table: string, key: string, v: number | string) => {
    const i = layout.inputs.find((x) => x.tableId === table && x.key === key)!;
    values[i.row][i.col] = v;
  };
  for (const [key, v] of [
    ["r3_1", 14],
    ["r3_2", 7],
    ["r3_3_1", 1],
    ["r3_4_1", 3],
    ["r3_6_3", 5],
  ] as const) {
    set("t2021_3", `${key}.np`, v);
    set("t2021_3", `${key}.total`, v);
  }
  for (const key of ["r1_new.np", "r1_new.total", "r3_7_total.total"]) set("t2021_3", key, 30);
  set("t2021_3", "r3_7_total.np", 29);
  set("t2021_2", "xzxk.decisions", "");
  const merges = layout.merges.map((m) => `${toA1(m.top, m.left)}:${toA1(m.bottom, m.right)}`);
  return { sheets: [{ name: "Sheet1", values, merges }] };
}

withChromium("the README's picture of the task pane", () => {
  let browser: Browser;
  let server: Served;

  beforeAll(
    async () => {
      server = await serveDir(builtWebDir());
      browser = await launchChromium();
    },
    10 * 60 * 1000,
  );

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  test("the pane at Excel's narrowest, 320 px: verdicts first, one opened to its parts", async () => {
    const page = await browser.newPage({ viewport: { width: 320, height: 760 } });
    await page.route("**/*", (route) => {
      const url = route.request().url();
      if (url.startsWith(server.url)) return route.continue();
      if (url.endsWith("/office.js"))
        return route.fulfill({ contentType: "application/javascript", body: "/* office.js stub */" });
      return route.abort();
    });
    await page.addInitScript({
      content: `window.fakeOfficeInit = ${JSON.stringify({ workbook: workbook(), language: "zh-CN" })};\n${FAKE_OFFICE}`,
    });
    await page.goto(`${server.url}/taskpane.html`);
    const list = page.getByRole("list", { name: "检查结果" });
    await list.getByRole("listitem").first().waitFor();
    await page.getByRole("button", { name: "检查", exact: true }).click();
    await list.getByRole("listitem").first().click();
    await list
      .getByRole("button", { name: /的详情$/ })
      .first()
      .click();
    // Nothing in the pane is wider than the pane: no sideways scrolling at 320 px.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    mkdirSync(join(ROOT, "artifacts"), { recursive: true });
    await page.screenshot({ path: join(ROOT, "artifacts/screenshot-pane.png") });
    // The README's picture is a tracked file: refreshed on request, so that a test run leaves the checkout clean.
    if (process.env.UPDATE_SCREENSHOT === "1")
      copyFileSync(join(ROOT, "artifacts/screenshot-pane.png"), join(ROOT, "docs/screenshot-pane.png"));
    await page.close();
  });
});
