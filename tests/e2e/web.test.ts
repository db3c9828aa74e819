import { copyFileSync, mkdirSync, readFileSync } from "fs";
import { join } from "path";
import ExcelJS from "exceljs";
import { type Browser, type Page } from "playwright-core";
import { checkWorkbook } from "../../src/core/check";
import { toA1 } from "../../src/core/grid";
import { officialLayout } from "../../src/core/layout/official-layout";
import { templateById } from "../../src/core/templates";
import { SEVERITY_FILL } from "../../src/file/file-host";
import { readWorkbook } from "../../src/file/read-workbook";
import { layoutToWorkbook } from "../../src/file/write-workbook";
import { builtWebDir, launchChromium, ROOT, type Served, serveDir, withChromium } from "./harness";

/** A first run builds the pages, which takes minutes on a busy machine. */
const BUILD_TIMEOUT_MS = 10 * 60 * 1000;

/**
 * A gov-2021 workbook as a clerk filled it: all zeros, a 表三 total of 5, a blank 表二 cell, text in a 表四
 * cell, and one total kept as a formula (2 = 2 + 0 + 0 + 0) so the annotated copy can be seen to keep it.
 */
async function plantedXlsx(): Promise<{ bytes: Buffer; total: string; formula: string }> {
  const layout = officialLayout(templateById("gov-2021")!, { sheetName: "统计表" });
  const at = (table: string, key: string) => layout.inputs.find((i) => i.tableId === table && i.key === key)!;
  for (const i of layout.inputs) layout.rows[i.row][i.col] = 0;
  const total = at("t2021_3", "r1_new.total");
  layout.rows[total.row][total.col] = 5;
  const blank = at("t2021_2", "xzxk.decisions");
  layout.rows[blank.row][blank.col] = null;
  const text = at("t2021_4", "cases.fy_jz");
  layout.rows[text.row][text.col] = "无";
  const fy = at("t2021_4", "cases.fy_total");
  layout.rows[fy.row][fy.col - 4] = 2;
  const workbook = layoutToWorkbook(layout);
  const parts = `${toA1(fy.row, fy.col - 4)}:${toA1(fy.row, fy.col - 1)}`;
  workbook.getWorksheet("统计表")!.getCell(fy.row + 1, fy.col + 1).value = {
    formula: `SUM(${parts})`,
    result: 2,
  };
  const bytes = Buffer.from(await workbook.xlsx.writeBuffer());
  return { bytes, total: toA1(total.row, total.col), formula: toA1(fy.row, fy.col) };
}

interface Watch {
  page: Page;
  requests: string[];
  errors: string[];
}

withChromium("the web checker page in headless Chromium", () => {
  let browser: Browser;
  let server: Served;
  let dir: string;

  beforeAll(async () => {
    dir = builtWebDir();
    server = await serveDir(dir);
    browser = await launchChromium();
  }, BUILD_TIMEOUT_MS);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function openPage(): Promise<Watch> {
    const context = await browser.newContext({
      viewport: { width: 1400, height: 900 },
      acceptDownloads: true,
    });
    const page = await context.newPage();
    const requests: string[] = [];
    const errors: string[] = [];
    page.on("request", (r) => requests.push(r.url()));
    page.on("pageerror", (e) => errors.push(e.message));
    page.on("console", (m) => {
      if (m.type() === "error") errors.push(m.text());
    });
    // Anything outside the page's own server is refused, so a stray CDN reference fails instead of hanging.
    await page.route("**/*", (route) =>
      route.request().url().startsWith(server.url) ? route.continue() : route.abort(),
    );
    await page.exposeFunction("reportViolation", (text: string) => errors.push(`CSP: ${text}`));
    await page.addInitScript(() => {
      document.addEventListener("securitypolicyviolation", (e) =>
        (window as unknown as { reportViolation(t: string): void }).reportViolation(
          `${e.violatedDirective} ${e.blockedURI}`,
        ),
      );
    });
    await page.goto(`${server.url}/web.html`);
    await page.getByText("文件不会上传到任何服务器").waitFor();
    return { page, requests, errors };
  }

  function expectOnlyLocal({ requests, errors }: Watch): void {
    const outside = requests.filter(
      (u) => !u.startsWith(`${server.url}/`) && !u.startsWith("data:") && !u.startsWith("blob:"),
    );
    expect(outside).toEqual([]);
    expect(errors).toEqual([]);
  }

  const gridCell = (page: Page, cell: string) => page.locator(`table[data-sheet] td[data-cell="${cell}"]`);

  test("an opened .xlsx: findings listed, a click marks the cell, the annotated copy keeps every value", async () => {
    const watch = await openPage();
    const { page } = watch;
    const { bytes, total, formula } = await plantedXlsx();
    const expected = checkWorkbook((await readWorkbook(bytes)).grid, { lang: "zh-CN" }).findings;
    expect(expected.length).toBeGreaterThanOrEqual(3);

    await page.locator("#workbook-file").setInputFiles({
      name: "某局2025年报.xlsx",
      mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      buffer: bytes,
    });
    const items = page.getByRole("list", { name: "检查结果" }).getByRole("listitem");
    await items.first().waitFor();
    expect(await items.count()).toBe(expected.length);
    await page.getByText("当前文件：某局2025年报.xlsx").waitFor();
    expect(await gridCell(page, total).getAttribute("data-severity")).toBe("error");
    expect(await gridCell(page, total).getAttribute("aria-label")).toContain("应为 0");

    await page.getByRole("list", { name: "检查结果" }).locator(`[data-cell="${total}"]`).first().click();
    await page.waitForSelector(`table[data-sheet] td[data-cell="${total}"][aria-current="true"]`);
    expect(await page.locator('table[data-sheet] [aria-current="true"]').count()).toBe(1);

    mkdirSync(join(ROOT, "artifacts"), { recursive: true });
    await page.screenshot({ path: join(ROOT, "artifacts/web-checker.png") });
    // The README's screenshot is a tracked file: refreshed on request, so that a test run leaves the checkout clean.
    if (process.env.UPDATE_SCREENSHOT === "1") {
      copyFileSync(join(ROOT, "artifacts/web-checker.png"), join(ROOT, "docs/screenshot-web.png"));
    }

    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "下载标注版" }).click(),
    ]);
    expect(download.suggestedFilename()).toBe("某局2025年报_标注.xlsx");
    const annotated = new ExcelJS.Workbook();
    await annotated.xlsx.load(readFileSync(await download.path()) as unknown as ArrayBuffer);
    const original = new ExcelJS.Workbook();
    await original.xlsx.load(bytes as unknown as ArrayBuffer);
    const after = annotated.getWorksheet("统计表")!;
    const flagged = new Set(expected.map((f) => f.cell));
    original.getWorksheet("统计表")!.eachRow({ includeEmpty: true }, (row, r) =>
      row.eachCell({ includeEmpty: true }, (cell, c) => {
        expect(after.getCell(r, c).value).toEqual(cell.value);
        if (!flagged.has(cell.address)) expect(after.getCell(r, c).fill).toEqual(cell.fill);
      }),
    );
    expect(after.getCell(formula).formula).toMatch(/^SUM\(/);
    for (const f of expected.filter((x) => x.cell)) {
      const cell = after.getCell(f.cell!);
      expect(cell.fill).toMatchObject({ type: "pattern", pattern: "solid" });
      expect(JSON.stringify(cell.note)).toContain(f.message.slice(0, 12));
    }
    expect(after.getCell(total).fill).toMatchObject({ fgColor: { argb: SEVERITY_FILL.error } });
    expectOnlyLocal(watch);
  });

  test("打开示例 opens the bundled sample with its planted mistakes, all offline", async () => {
    const watch = await openPage();
    const { page } = watch;
    await page.getByRole("button", { name: "打开示例" }).click();
    const items = page.getByRole("list", { name: "检查结果" }).getByRole("listitem");
    await items.first().waitFor();
    expect(await items.count()).toBe(4);
    expect(await page.locator('table[data-sheet] td[data-severity="error"]').count()).toBe(3);
    expect(await page.locator('table[data-sheet] td[data-severity="warning"]').count()).toBe(1);
    expectOnlyLocal(watch);
  });

  test("a workbook dropped on the page is checked like a chosen one", async () => {
    const watch = await openPage();
    const { page } = watch;
    const { bytes, total } = await plantedXlsx();
    const transfer = await page.evaluateHandle(
      (data: number[]) => {
        const dt = new DataTransfer();
        dt.items.add(new File([new Uint8Array(data)], "拖入的年报.xlsx"));
        return dt;
      },
      [...bytes],
    );
    await page.getByTestId("drop-zone").dispatchEvent("drop", { dataTransfer: transfer });
    await page.getByText("当前文件：拖入的年报.xlsx").waitFor();
    await page.getByRole("list", { name: "检查结果" }).getByRole("listitem").first().waitFor();
    expect(await gridCell(page, total).getAttribute("data-severity")).toBe("error");
    expectOnlyLocal(watch);
  });

  test("the built page: a CSP with no outside origin and no eval, no office.js, exceljs only on demand", () => {
    const html = readFileSync(join(dir, "web.html"), "utf8");
    const csp = /Content-Security-Policy"? content="([^"]*)"/.exec(html)?.[1] ?? "";
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self';");
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("base-uri 'none'");
    expect(csp).not.toMatch(/unsafe-eval|https?:/);
    expect(html).not.toMatch(/office\.js|https?:\/\//);
    const scripts = [...html.matchAll(/<script[^>]*\ssrc=["']?([^"' >]+)/g)].map((m) => m[1]);
    expect(scripts.length).toBeGreaterThan(0);
    const code = scripts.map((src) => readFileSync(join(dir, src), "utf8")).join("\n");
    // A string only an .xlsx reader/writer carries: exceljs arrives after the first paint, with the first file.
    expect(code).not.toContain("[Content_Types].xml");
  });

  test("上年数据: last year's export .json is checked against for the session, and removed with one click", async () => {
    const watch = await openPage();
    const { page } = watch;
    const { bytes } = await plantedXlsx();
    const layout = officialLayout(templateById("gov-2021")!, { sheetName: "统计表" });
    const input = layout.inputs.find((i) => i.tableId === "t2021_3" && i.key === "r2_carry_in.np")!;
    const carry = toA1(input.row, input.col);
    await page
      .locator("#workbook-file")
      .setInputFiles({ name: "某局2025年报.xlsx", mimeType: "", buffer: bytes });
    const list = page.getByRole("list", { name: "检查结果" });
    await list.getByRole("listitem").first().waitFor();
    const before = await list.getByRole("listitem").count();

    // Written by hand as nianbao export would: last year carried 3 requests (自然人) into this year.
    const lastYear = {
      format: "nianbao-export",
      unit: "某局",
      year: 2024,
      figures: { t2021_3: { "r4_carry_out.np": 3 } },
    };
    await page.getByLabel("选择上年数据文件").setInputFiles({
      name: "某局2024.json",
      mimeType: "application/json",
      buffer: Buffer.from(JSON.stringify(lastYear)),
    });
    const warning = list.locator(`[data-cell="${carry}"]`);
    await warning.waitFor();
    expect(await warning.textContent()).toContain("按上年报告应为 3，实为 0，相差 3");
    expect(await list.getByRole("listitem").count()).toBe(before + 1);
    expect(await gridCell(page, carry).getAttribute("data-severity")).toBe("warning");
    await page.getByText("正在使用上年数据：某局 2024 年度（来自「某局2024.json」）").waitFor();

    await page.getByRole("button", { name: "移除上年数据" }).click();
    await warning.waitFor({ state: "detached" });
    expect(await gridCell(page, carry).getAttribute("data-severity")).toBeNull();
    expectOnlyLocal(watch);
  });

  test("a file that is not a workbook gets a Chinese reason, not a crash", async () => {
    const watch = await openPage();
    const { page } = watch;
    await page.locator("#workbook-file").setInputFiles({
      name: "年报.docx",
      mimeType: "application/octet-stream",
      buffer: Buffer.from("这不是表格"),
    });
    const alert = page.getByRole("alert");
    await alert.waitFor();
    expect(await alert.textContent()).toContain("年报.docx");
    expect(await page.getByRole("list", { name: "检查结果" }).count()).toBe(0);
    expectOnlyLocal(watch);
  });
});
