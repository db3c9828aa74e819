import { readFileSync } from "fs";
import { gzipSync } from "zlib";
import { join } from "path";
import { builtWebDir } from "./harness";

// What the add-in's pages are as files: their policy and their weight. How the pane behaves is tested on the
// simulated Excel (tests/excel-sim), in Internet Explorer 11's stand-in as well (legacy.test.ts there).
describe("the add-in's built pages", () => {
  let dir: string;

  beforeAll(() => {
    // A lone run of this file may have to build the pages first.
    dir = builtWebDir();
  }, 300_000);

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
