import { parse } from "acorn";
import { readFileSync } from "fs";
import { join } from "path";
import { gzipSync } from "zlib";
import { builtWebDir } from "./harness";

/** scripts/legacy/legacy-pane.js BUDGET_KIB: the build refuses more; this test says so on the files it serves. */
const BUDGET_KIB = 150;

/*
 * The legacy pane (src/legacy) that volume-licensed Office 2016/2019 show in Internet Explorer 11. There is no IE11
 * here, so every script that page loads must parse as ES5 (below). The pane itself runs in a page stripped of the
 * ES2015+ built-ins IE11 lacks (tools/excel-sim/ie11-page.ts), with a Trident user agent, on Microsoft's office.js in the simulated
 * Excel at ExcelApi 1.1 (2016) and 1.7 (2019): tests/excel-sim/legacy.test.ts and legacy-actions.test.ts.
 */

/** The scripts taskpane.html loads in IE11: the chooser, then what the build put in its data-legacy. */
function legacyScripts(dist: string): string[] {
  const html = readFileSync(join(dist, "taskpane.html"), "utf8");
  const list = /data-legacy="?([^">]+)"?/.exec(html)?.[1] ?? "";
  return ["choose-pane.js", ...list.split(" ").filter(Boolean)];
}

describe("the legacy pane's scripts for Internet Explorer 11", () => {
  let dist: string;

  beforeAll(() => {
    dist = builtWebDir();
  }, 300_000);

  test("every script the IE11 page loads parses as ES5, and they weigh at most their budget gzipped", () => {
    const scripts = legacyScripts(dist);
    expect(scripts.length).toBeGreaterThanOrEqual(2);
    let gzipped = 0;
    for (const src of scripts) {
      const code = readFileSync(join(dist, src));
      expect(() => parse(code.toString(), { ecmaVersion: 5, sourceType: "script" })).not.toThrow();
      gzipped += gzipSync(code, { level: 9 }).length;
    }
    expect(gzipped).toBeLessThanOrEqual(BUDGET_KIB * 1024);
    // The template schema is checked at build time: zod itself is not shipped to IE11.
    const text = scripts.map((src) => readFileSync(join(dist, src), "utf8")).join("\n");
    expect(text).not.toContain("ZodError");
    // The page's Promise is office.js's (src/legacy/promise-from-office.ts): core-js's stays out.
    expect(text).not.toContain("Promise can't be resolved itself");
  });
});
