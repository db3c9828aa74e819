/**
 * @jest-environment jsdom
 */
import { parse } from "acorn";
import { readFileSync } from "fs";
import { join } from "path";

const source = readFileSync(join(__dirname, "../../src/taskpane/notice/notice.js"), "utf8");

function runWith(userAgent: string): void {
  document.body.innerHTML = '<div id="root">pane</div>';
  Object.defineProperty(window.navigator, "userAgent", { value: userAgent, configurable: true });
  delete window.nianbaoStarted;
  delete (window as { nianbaoNotice?: boolean }).nianbaoNotice;
  new Function(source)();
}

const MODERN =
  "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Safari/537.36 Edg/120.0";

test("is plain ES5, so IE11 (the legacy pane's webview) can run it", () => {
  expect(() => parse(source, { ecmaVersion: 5 })).not.toThrow();
});

test("in a modern webview it leaves the pane alone once Office has started it", () => {
  jest.useFakeTimers();
  try {
    runWith(MODERN);
    window.nianbaoStarted = true;
    jest.advanceTimersByTime(5000);
    expect(document.getElementById("root")?.textContent).toBe("pane");
  } finally {
    jest.useRealTimers();
  }
});

test("outside Office it says what the page is and where to go, even if office.js never answers", () => {
  jest.useFakeTimers();
  try {
    runWith(MODERN);
    jest.advanceTimersByTime(2000);
    expect(document.getElementById("root")?.textContent).toBe("pane");
    jest.advanceTimersByTime(1000);
    const text = document.body.textContent ?? "";
    expect(text).toContain("这是年报助手的 Excel 加载项窗格");
    expect(text).toContain("上传我的加载项");
    expect(document.querySelector("a")?.getAttribute("href")).toBe("web.html");
    expect(document.querySelectorAll("main h1")).toHaveLength(1);
  } finally {
    jest.useRealTimers();
  }
});

test("inside Office on the web (the pane in an iframe with its host info) a slow start is left alone", () => {
  jest.useFakeTimers();
  window.name = JSON.stringify({ hostInfo: "Excel$Web$16.00$zh-CN$x$0$0$0" });
  try {
    runWith(MODERN);
    jest.advanceTimersByTime(10000);
    expect(document.getElementById("root")?.textContent).toBe("pane");
  } finally {
    window.name = "";
    jest.useRealTimers();
  }
});
