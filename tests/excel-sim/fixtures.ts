import { readFileSync } from "fs";
import { join } from "path";
import { type Browser } from "playwright-core";
import { launchChromium, type Sim, type SimOptions, startSim } from "../../tools/excel-sim/harness";
import { builtWebDir } from "../e2e/harness";

/** The simulator's workbooks (tests/fixtures/excel-sim) and where their mistakes were planted by hand. */
const DIR = join(__dirname, "../fixtures/excel-sim");

export function workbook(name: string): Buffer {
  return readFileSync(join(DIR, name));
}

export interface Planted {
  sheet?: string;
  error?: string;
  blank?: string;
  clerkFill?: { cell: string; color: string };
  formulas?: string[];
}

export const PLANTED = JSON.parse(readFileSync(join(DIR, "planted.json"), "utf8")) as Record<string, Planted>;

/** Excel's own colours for the "bad" and "neutral" cell styles, as the pane promises to mark errors and warnings. */
export const ERROR_FILL = "#FFC7CE";
export const WARNING_FILL = "#FFEB9C";

/**
 * In a `describe`: the built pages and one Chromium for its tests (closed after them); the returned function opens a
 * workbook in the simulated Excel with them. Every simulator it opened is closed after each test, failed or not.
 */
export function simulatedExcel(
  timeout = 300_000,
): (options: Omit<SimOptions, "browser" | "distDir">) => Promise<Sim> {
  let browser: Browser | undefined;
  let distDir = "";
  const open: Sim[] = [];
  beforeAll(async () => {
    distDir = builtWebDir();
    browser = await launchChromium();
  }, timeout);
  afterEach(async () => {
    for (const sim of open.splice(0)) await sim.close();
  });
  afterAll(() => browser?.close());
  return async (options) => {
    const sim = await startSim({ ...options, browser, distDir });
    open.push(sim);
    return sim;
  };
}

/**
 * The IE11 stand-in held (tools/excel-sim/ie11-page.ts): the pane page's first script ran, and taskpane.html's chooser
 * took the legacy pane for the Trident user agent.
 */
export async function expectLegacyInStandIn(sim: Sim): Promise<void> {
  expect(await sim.pane.evaluate("window.__ie11Page === true")).toBe(true);
  expect(await sim.pane.locator(".nb-pane").count()).toBe(1);
}

/** The run stayed inside what Excel answers and inside the machine: no unimplemented API, no page error, no request out. */
export function expectCleanRun(sim: Sim): void {
  expect(sim.recorder.unimplemented).toEqual([]);
  expect(sim.pageErrors).toEqual([]);
  expect(sim.outsideRequests).toEqual([]);
}
