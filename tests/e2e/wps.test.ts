import { spawnSync } from "child_process";
import { chmodSync, existsSync, readdirSync, readFileSync } from "fs";
import { join } from "path";
import { path7za } from "7zip-bin";
import { type Browser } from "playwright-core";
import ts from "typescript";
import { type FakeEtInit } from "../wps/fake-et";
import { gov2021Workbook, SHEET } from "../wps/gov2021-et";
import { launchChromium, ROOT, type Served, serveDir, withChromium } from "./harness";

const DIST_WPS = join(ROOT, "dist-wps");
const ADDIN = join(DIST_WPS, "online", "wps-addon-build");

/** What the page exposes to the test: the fake ET object model behind window.Application. */
interface FakeWindow {
  fakeEt: { selected: string | null; fill(sheet: string, cell: string): { color: number } };
}

/** `npm run build:wps` unless its output is complete already. */
function ensureWpsBuilt(): void {
  if (existsSync(join(ADDIN, "taskpane.html")) && existsSync(join(DIST_WPS, "offline"))) return;
  const run = spawnSync("npm", ["run", "build:wps"], { cwd: ROOT, encoding: "utf8" });
  if (run.status !== 0) throw new Error(`build:wps failed:\n${run.stdout}\n${run.stderr}`);
}

/** The strict fake of tests/wps, transpiled to run in the page, built from `init` before the pane's scripts run. */
function fakeScript(init: FakeEtInit): string {
  const source = readFileSync(join(__dirname, "../wps/fake-et.ts"), "utf8");
  const js = ts.transpileModule(source, {
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2019 },
  }).outputText;
  return `(function () {
    var exports = {};
    ${js}
    window.fakeEt = exports.createFakeEt(${JSON.stringify(init)});
    window.Application = window.fakeEt.app;
  })();`;
}

withChromium("the WPS add-in", () => {
  let browser: Browser;
  let server: Served;

  beforeAll(async () => {
    ensureWpsBuilt();
    server = await serveDir(ADDIN);
    browser = await launchChromium();
  }, 600_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  test("the task pane in WPS lists the findings 「检查结果」; a click selects the cell; 检查 marks in BGR", async () => {
    let total = "";
    const w = gov2021Workbook((set) => void (total = set("t2021_3", "r1_new.total", 999)));
    const page = await (await browser.newContext({ viewport: { width: 360, height: 900 } })).newPage();
    const errors: string[] = [];
    const outside: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    page.on("console", (m) => {
      if (m.type() === "error") errors.push(m.text());
    });
    await page.route("**/*", (route) => {
      const url = route.request().url();
      if (url.startsWith(server.url)) return route.continue();
      outside.push(url);
      return route.abort();
    });
    await page.addInitScript({ content: fakeScript(w.init) });
    await page.goto(`${server.url}/taskpane.html`);

    const list = page.getByRole("list", { name: "检查结果" });
    // The item that names the cell: by its text, whatever the pane's markup around it.
    const item = list
      .getByRole("listitem")
      .filter({ hasText: `${SHEET}!${total}` })
      .first();
    await item.waitFor();
    await item.click();
    await page.waitForFunction(
      (cell) => (window as unknown as FakeWindow).fakeEt.selected === cell,
      `${SHEET}!${total}`,
    );
    await page.getByRole("button", { name: "检查", exact: true }).click();
    await page.waitForFunction(
      ([sheet, cell]) => (window as unknown as FakeWindow).fakeEt.fill(sheet, cell).color === 0xcec7ff,
      [SHEET, total],
    );
    await page.screenshot({ path: join(ROOT, "artifacts/wps-taskpane.png"), fullPage: true });
    expect(errors).toEqual([]);
    expect(outside).toEqual([]);
  });

  test("the package: add-in folder with ribbon.xml at its root, pages with a CSP and only their own scripts", () => {
    for (const f of ["index.html", "taskpane.html", "ribbon.xml", "manifest.xml", "images/nianbao.png"])
      expect(existsSync(join(ADDIN, f))).toBe(true);
    for (const page of ["index.html", "taskpane.html"]) {
      const html = readFileSync(join(ADDIN, page), "utf8");
      expect(html).toMatch(/Content-Security-Policy content="default-src 'self'; script-src 'self';/);
      const scripts = [...html.matchAll(/<script[^>]*\ssrc=["']?([^"' >]+)/g)].map((m) => m[1]);
      expect(scripts.length).toBeGreaterThan(0);
      for (const src of scripts) expect(existsSync(join(ADDIN, src))).toBe(true);
    }
    const project = JSON.parse(readFileSync(join(DIST_WPS, "online", "package.json"), "utf8"));
    expect(project).toMatchObject({ name: "nianbao", addonType: "et" });
    expect(readFileSync(join(DIST_WPS, "jsplugins.xml"), "utf8")).toMatch(
      /<jspluginonline name="nianbao" type="et" url="[^"]+\/"\/>/,
    );
  });

  test("the offline package holds the same folder as nianbao_<version>/ in nianbao.7z", () => {
    const archive = join(DIST_WPS, "offline", "wps-addon-build", "nianbao.7z");
    // npm does not always keep the executable bit of the packaged 7za (the build sets it too).
    chmodSync(path7za, 0o755);
    const list = spawnSync(path7za, ["l", "-ba", "-slt", archive], { encoding: "utf8" });
    expect(list.status).toBe(0);
    const inside = [...list.stdout.matchAll(/^Path = (.+)$/gm)].map((m) => m[1]);
    const version = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")).version;
    const files = readdirSync(ADDIN, { recursive: true, withFileTypes: true })
      .filter((d) => d.isFile())
      .map((d) => join(d.parentPath, d.name).slice(ADDIN.length + 1));
    expect(files.length).toBeGreaterThan(5);
    for (const f of files) expect(inside).toContain(`nianbao_${version}/${f}`);
    expect(readFileSync(join(DIST_WPS, "jsplugins-offline.xml"), "utf8")).toContain(
      `nianbao.7z" version="${version}"`,
    );
  });
});
