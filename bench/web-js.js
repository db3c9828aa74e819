#!/usr/bin/env node
"use strict";
// Web page and task pane JavaScript (npm run bench, after `npm run build`): what a clerk's browser loads to check a
// file on the web page — the page, then a workbook opened and checked, no file written — and the task pane's
// initial scripts, each in KiB gzip (level 9, as a static server compresses). Prints figures; asserts nothing.
const fs = require("fs");
const http = require("http");
const path = require("path");
const zlib = require("zlib");
const { chromium } = require("playwright-core");
const paneSize = require("../scripts/pane-size");

const DIST = path.join(__dirname, "..", "dist");
const CHROMIUM = "/usr/bin/chromium";
const kib = (n) => (n / 1024).toFixed(1);
const gzip = (buf) => zlib.gzipSync(buf, { level: 9 }).length;

function serve(dir) {
  const server = http.createServer((req, res) => {
    const file = path.join(
      dir,
      path.normalize(decodeURIComponent(req.url.split("?")[0])).replace(/^(\.\.[/\\])+/, ""),
    );
    fs.readFile(file, (err, body) => {
      if (err) return res.writeHead(404).end();
      res
        .writeHead(200, { "Content-Type": file.endsWith(".js") ? "application/javascript" : "text/html" })
        .end(body);
    });
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(server)));
}

async function main() {
  if (!fs.existsSync(path.join(DIST, "web.html"))) {
    console.log("网页与任务窗格脚本体积：请先运行 npm run build（dist/ 不存在）");
    return;
  }
  // taskpane.html names choose-pane.js, which loads the React pane's scripts listed in its data-modern attribute.
  const pane = paneSize
    .initialScripts(fs.readFileSync(path.join(DIST, "taskpane.html"), "utf8"))
    .reduce((n, s) => n + gzip(fs.readFileSync(path.join(DIST, s))), 0);
  const server = await serve(DIST);
  const browser = await chromium.launch({
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
  try {
    const page = await browser.newPage();
    // Bodies are taken once the page is quiet: a body asked for in the handler may outlive the browser.
    const responses = [];
    page.on("response", (r) => {
      if (r.url().endsWith(".js")) responses.push(r);
    });
    await page.goto(`http://127.0.0.1:${server.address().port}/web.html`);
    await page
      .locator("#workbook-file")
      .setInputFiles(path.join(__dirname, "..", "tests", "fixtures", "writers", "openpyxl-plain.xlsx"));
    await page.getByRole("list", { name: "检查结果" }).getByRole("listitem").first().waitFor();
    await page.waitForLoadState("networkidle");
    const loaded = new Map();
    for (const r of responses) loaded.set(r.url(), await r.body());
    const total = [...loaded.values()].reduce((a, b) => a + gzip(b), 0);
    // A message string of exceljs's cell model: present in any bundle that carries exceljs.
    const exceljs = [...loaded.values()].some((b) => b.includes("Cannot process that type of result value"));
    console.log(
      `网页检查一个文件（打开页面 + 读取 + 检查，不写文件）加载的脚本：${kib(total)} KiB gzip，${loaded.size} 个文件，${exceljs ? "含" : "不含"} exceljs；目标 ≤ 200 KiB`,
    );
    console.log(
      `任务窗格首次检查前的脚本（taskpane.html 与 choose-pane.js 加载的，不含 office.js）：${kib(pane)} KiB gzip；目标 < 164 KiB`,
    );
  } finally {
    await browser.close();
    server.close();
  }
}

main().catch((e) => {
  console.error(`体积测量失败：${e instanceof Error ? e.message : String(e)}`);
  process.exitCode = 1;
});
