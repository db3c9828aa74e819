/**
 * @jest-environment jsdom
 */
import { parse } from "acorn";
import { readFileSync } from "fs";
import { join } from "path";

const source = readFileSync(join(__dirname, "../../src/taskpane/choose-pane.js"), "utf8");

const IE11 = "Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; .NET4.0C; rv:11.0) like Gecko";
const WEBVIEW2 =
  "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Safari/537.36 Edg/120.0";

/** The scripts choose-pane.js adds to taskpane.html as the build wrote it, in the order added. */
function loaded(userAgent: string, search = ""): string[] {
  document.body.innerHTML =
    '<div id="root"></div><script src="choose-pane.js" data-modern="vendors.1.js taskpane.2.js" data-legacy="legacy.3.js"></script>';
  Object.defineProperty(window.navigator, "userAgent", { value: userAgent, configurable: true });
  window.history.replaceState(null, "", `/taskpane.html${search}`);
  new Function(source)();
  return Array.from(document.querySelectorAll("script"))
    .slice(1)
    .map((s) => s.getAttribute("src") ?? "");
}

test("is plain ES5, so IE11 can run it", () => {
  expect(() => parse(source, { ecmaVersion: 5 })).not.toThrow();
});

test("in the IE11 webview of volume-licensed Office it loads the legacy pane only", () => {
  expect(loaded(IE11)).toEqual(["legacy.3.js"]);
});

test("in every other webview it loads the React pane, in order, and not the legacy one", () => {
  expect(loaded(WEBVIEW2)).toEqual(["vendors.1.js", "taskpane.2.js"]);
  const scripts = Array.from(document.querySelectorAll<HTMLScriptElement>("script")).slice(1);
  expect(scripts.every((s) => s.async === false)).toBe(true);
});

test("?pane=legacy shows the legacy pane in any browser, for development and the tests", () => {
  expect(loaded(WEBVIEW2, "?pane=legacy")).toEqual(["legacy.3.js"]);
  expect(loaded(WEBVIEW2, "?pane=legacyx")).toEqual(["vendors.1.js", "taskpane.2.js"]);
});
