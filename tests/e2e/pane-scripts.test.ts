import { readFileSync } from "fs";
import { join } from "path";
import { gzipSync } from "zlib";
import { builtWebDir } from "./harness";

// scripts/pane-size.js, plain JavaScript for webpack: the list choose-pane.js loads, as the build reads it.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { initialScripts } = require("../../scripts/pane-size") as { initialScripts(html: string): string[] };

/** Issue 13: Microsoft's React task-pane template measures 164 KiB gzip on this build; the product pane loads less. */
const TEMPLATE_KIB = 164;

/** Strings only the big libraries hold, so that a script carrying one of them carries the library. */
const NOT_BEFORE_THE_FIRST_CHECK = {
  zod: "ZodError",
  exceljs: "Cannot process that type of result value",
  docx: "wordprocessingml",
};

test("the React pane's scripts before its first check: under the template's size, without zod, exceljs or docx", () => {
  const dist = builtWebDir();
  const files = initialScripts(readFileSync(join(dist, "taskpane.html"), "utf8"));
  // notice.js and choose-pane.js from the page, then the pane's own scripts from choose-pane.js's list.
  expect(files.slice(0, 2)).toEqual(["notice.js", "choose-pane.js"]);
  expect(files.length).toBeGreaterThan(2);
  const code = files.map((f) => readFileSync(join(dist, f)));
  const kib = code.reduce((n, c) => n + gzipSync(c, { level: 9 }).length, 0) / 1024;
  expect(kib).toBeLessThan(TEMPLATE_KIB);
  const text = code.map((c) => c.toString()).join("\n");
  for (const [library, marker] of Object.entries(NOT_BEFORE_THE_FIRST_CHECK))
    expect({ library, present: text.includes(marker) }).toEqual({ library, present: false });
});
