import { existsSync, readFileSync } from "fs";
import { join } from "path";
import { type Browser, type BrowserContext, chromium, type Frame, type Page } from "playwright-core";
import { loadXlsx } from "./load-xlsx";
import { type SimWorkbook } from "./model";
import { Recorder } from "./recorder";
import { saveXlsx } from "./save-xlsx";
import { PROJECT_ROOT, serve, type SimServer } from "./server";
import { type XdmHost } from "./xdm-host";

/** The library face of the simulator (documented in SIMULATOR.md): a workbook, a level, a browser → a running pane. */

export const CHROMIUM = "/usr/bin/chromium";
const ROOT_DIST = join(PROJECT_ROOT, "dist");

export interface SimOptions {
  /** A path to an .xlsx or its bytes. */
  workbook: string | Buffer;
  /** ExcelApi level Excel advertises, e.g. "1.7". */
  api: string;
  /** Path of the pane page in the built add-in; "/taskpane.html" by default. */
  pane?: string;
  /** The built add-in; dist/ by default. */
  distDir?: string;
  /** A browser to open a new context in; without it one is launched and closed with the simulator. */
  browser?: Browser;
  /** The webview's user agent, e.g. Internet Explorer 11's (Trident) for office.js's and the pane's IE11 paths. */
  userAgent?: string;
  /** Script the pane's page runs before any other of its scripts, e.g. one that takes built-ins away. */
  paneFirstScript?: string;
}

export interface Sim {
  /** The simulated Excel's page: the host, with the add-in frames inside. */
  page: Page;
  /** The task pane's frame: query it with getByRole / getByText as a user would. */
  pane: Frame;
  recorder: Recorder;
  book: SimWorkbook;
  host: XdmHost;
  url: string;
  /** Uncaught errors and console errors of any frame. */
  pageErrors: string[];
  /** Requests to anything but the simulator's origin (office.js's telemetry, a CDN …). */
  outsideRequests: string[];
  /** The clerk types `value` into a cell; Excel raises its change events. */
  edit(sheet: string, cell: string, value: number | string | null): void;
  /** Opens the ribbon's function file (once) and presses the button that runs `functionName`. */
  ribbon(functionName: string, commandsPath?: string): Promise<void>;
  /** The workbook as Excel would save it now. */
  save(): Promise<Buffer>;
  close(): Promise<void>;
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}

/** Starts the simulated Excel with the workbook and opens the built pane in it; resolves once the pane has loaded. */
export async function startSim(options: SimOptions): Promise<Sim> {
  const distDir = options.distDir ?? ROOT_DIST;
  const pane = options.pane ?? "/taskpane.html";
  if (!existsSync(join(distDir, pane.replace(/^\//, "").split("?")[0])))
    throw new Error(`excel-sim: ${join(distDir, pane)} is missing; run "npm run build" first.`);
  const bytes = typeof options.workbook === "string" ? readFileSync(options.workbook) : options.workbook;
  const book = await loadXlsx(bytes);
  const recorder = new Recorder();
  const server: SimServer = await serve({
    book,
    level: options.api,
    recorder,
    distDir,
    pane,
    paneFirstScript: options.paneFirstScript,
  });
  const ownBrowser = options.browser ? null : await launchChromium();
  const browser = options.browser ?? ownBrowser!;
  const context: BrowserContext = await browser.newContext({
    ignoreHTTPSErrors: true,
    viewport: { width: 1000, height: 950 },
    userAgent: options.userAgent,
  });
  const page = await context.newPage();
  const pageErrors: string[] = [];
  const outsideRequests: string[] = [];
  page.on("pageerror", (e) => pageErrors.push(e.message));
  page.on("console", (m) => {
    if (m.type() === "error") pageErrors.push(m.text());
  });
  context.on("request", (r) => {
    const url = r.url();
    if (!url.startsWith(server.url) && !/^(data|blob|about):/.test(url)) outsideRequests.push(url);
  });
  // Nothing may leave the machine: what is not the simulator is answered with an error, after being recorded.
  await context.route(
    (url) => !url.href.startsWith(server.url) && !/^(data|blob|about):/.test(url.href),
    (route) => route.abort(),
  );
  await page.goto(`${server.url}/sim/host.html`);
  const frame = await paneFrame(page, "pane");
  let commandsOpen = false;
  let closing: Promise<void> | undefined;
  return {
    page,
    pane: frame,
    recorder,
    book,
    host: server.host,
    url: server.url,
    pageErrors,
    outsideRequests,
    edit: (sheet, cell, value) => server.host.edit(sheet, cell, value),
    async ribbon(functionName, commandsPath = "/commands.html") {
      if (!commandsOpen) {
        const mark = recorder.mark();
        server.openFrame("commands", commandsPath);
        await recorder.next((e) => e.frame === "commands" && e.name === "register appCommandInvoked", mark);
        commandsOpen = true;
      }
      if (!server.host.invokeCommand(functionName))
        throw new Error("excel-sim: the commands page never registered for commands");
    },
    save: () => saveXlsx(book),
    // Once, however often it is called: a test may close its simulator and its fixture close it again.
    close() {
      return (closing ??= (async () => {
        await context.close();
        await ownBrowser?.close();
        await server.close();
      })());
    },
  };
}

async function paneFrame(page: Page, name: string): Promise<Frame> {
  for (let i = 0; i < 200; i++) {
    const frame = page.frame({ name });
    if (frame) {
      await frame.waitForLoadState("load");
      return frame;
    }
    await page.waitForTimeout(50);
  }
  throw new Error(`excel-sim: the ${name} frame never opened`);
}
