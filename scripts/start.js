#!/usr/bin/env node
"use strict";
// npm start: serve the add-in and the web checker; sideload into Excel desktop where the sideload tool is present.
const { spawn, spawnSync } = require("child_process");

const port = process.env.npm_package_config_dev_server_port || 3000;
const server = spawn("npx", ["webpack", "serve", "--mode", "development"], {
  stdio: "inherit",
  shell: process.platform === "win32",
});

const officeDesktop = process.platform === "win32" || process.platform === "darwin";
const sideload =
  officeDesktop &&
  spawnSync("npx", ["--no-install", "office-addin-debugging", "--version"], { shell: true }).status === 0;
// The rule webpack.config.js serves by: DEV_HTTPS=1/0 when set, else HTTPS everywhere but Linux.
const https = process.env.DEV_HTTPS ? process.env.DEV_HTTPS === "1" : process.platform !== "linux";
const scheme = https ? "https" : "http";
if (sideload) {
  spawn("npx", ["--no-install", "office-addin-debugging", "start", "manifest.xml", "desktop"], {
    stdio: "inherit",
    shell: true,
  });
} else {
  console.log(
    [
      "",
      `年报助手开发服务器：${scheme}://localhost:${port}/  （网页检查器，含「打开示例」）`,
      `Excel 任务窗格：${scheme}://localhost:${port}/taskpane.html`,
      officeDesktop
        ? "旁加载到 Excel：npm i -g office-addin-debugging 后重新运行 npm start，或在 Excel「插入 › 我的加载项 › 上传我的加载项」选择 manifest.xml。"
        : "本机没有 Excel 桌面版：加载项请在 Windows/macOS 上旁加载 manifest.xml（见 README）。",
      "",
    ].join("\n"),
  );
}
server.on("exit", (code) => process.exit(code ?? 0));
