import { spawnSync } from "child_process";
import { existsSync, readFile, readFileSync } from "fs";
import { createServer, type Server } from "http";
import { type AddressInfo } from "net";
import { type Browser } from "playwright-core";
import { extname, join, normalize } from "path";
import { CHROMIUM, launchChromium } from "../../tools/excel-sim/harness";
import { buildUnlessFresh, isFresh } from "../support/fresh-build";
import { describeWith } from "../support/needs-tool";

/** One launcher for every browser test: the simulator's, with the flags that keep Chromium off the network. */
export { CHROMIUM, launchChromium };

/** Helpers of the browser tests: the built pages, a loopback server for them, and headless Chromium. */

export const ROOT = join(__dirname, "../..");
export const DIST = join(ROOT, "dist");

/** `describe` where the machine has Chromium; elsewhere skipped with a warning, and a failure under CI=true. */
export const withChromium = describeWith(
  existsSync(CHROMIUM),
  `Chromium (${CHROMIUM})`,
  "apt-get install chromium (Debian/Ubuntu)",
);

/** What the pages are built from: a dist/ older than any of these is not the code under test. */
const PAGE_SOURCES = [
  "src",
  "scripts",
  "assets",
  "manifest.xml",
  "webpack.config.js",
  "package.json",
  "tsconfig.json",
];

/** Every page and every script it names are there: not a dist/ that another build is halfway through rewriting. */
function complete(dir: string): boolean {
  return ["web.html", "taskpane.html"].every((name) => {
    const page = join(dir, name);
    if (!existsSync(page)) return false;
    const html = readFileSync(page, "utf8");
    // office.js from Microsoft's CDN is not ours to build.
    const scripts = [...html.matchAll(/<script[^>]*\ssrc=["']?([^"' >]+)/g)]
      .map((m) => m[1])
      .filter((src) => !/^https?:/.test(src));
    return scripts.length > 0 && scripts.every((src) => existsSync(join(dir, src)));
  });
}

/**
 * The built pages of the current sources: dist/ when `npm test` (or `npm run build`) has just built it, otherwise a
 * build of our own under build/, so that a lone test run never tests stale pages nor races a build into dist/.
 */
export function builtWebDir(): string {
  // webpack's stamp of a finished build: an unchanged page keeps the date of an older build.
  if (complete(DIST) && isFresh(join(DIST, ".build-stamp"), PAGE_SOURCES)) return DIST;
  const own = join(ROOT, "build", "web-e2e");
  buildUnlessFresh(join(own, ".build-stamp"), PAGE_SOURCES, () => {
    const run = spawnSync("npx", ["webpack", "--mode", "production", "--output-path", own], {
      cwd: ROOT,
      encoding: "utf8",
    });
    if (run.status !== 0) throw new Error(`webpack build failed:\n${run.stdout}\n${run.stderr}`);
  });
  return own;
}

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "application/javascript; charset=utf-8",
  ".png": "image/png",
  ".json": "application/json",
  ".xml": "application/xml",
  ".txt": "text/plain; charset=utf-8",
};

export interface Served {
  url: string;
  close(): Promise<void>;
}

/** Serves `dir` on a free loopback port: no certificates, no network. */
export async function serveDir(dir: string): Promise<Served> {
  const server: Server = createServer((req, res) => {
    const path = normalize(decodeURIComponent((req.url ?? "/").split("?")[0])).replace(/^(\.\.[/\\])+/, "");
    readFile(join(dir, path), (err, body) => {
      if (err) {
        res.writeHead(404).end();
        return;
      }
      res.writeHead(200, { "Content-Type": TYPES[extname(path)] ?? "application/octet-stream" }).end(body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** A first run builds the pages, which takes minutes on a busy machine. */
const BUILD_TIMEOUT_MS = 10 * 60 * 1000;

export interface ServedPages {
  browser: Browser;
  server: Served;
}

/**
 * The built pages on a loopback server and a Chromium to open them, for the tests of the enclosing describe: started
 * in its beforeAll, closed in its afterAll. Read the fields inside the tests (they are set once beforeAll ran).
 */
export function servedPages(): ServedPages {
  const pages = {} as ServedPages;
  beforeAll(async () => {
    pages.server = await serveDir(builtWebDir());
    pages.browser = await launchChromium();
  }, BUILD_TIMEOUT_MS);
  afterAll(async () => {
    await pages.browser?.close();
    await pages.server?.close();
  });
  return pages;
}
