#!/usr/bin/env node
"use strict";
const path = require("path");
const fs = require("fs");
const entry = path.join(__dirname, "..", "build", "cli", "main.js");
if (!fs.existsSync(entry)) {
  process.stderr.write("年报助手命令行尚未编译：请先在项目目录运行 npm ci（或 npm run build:cli）。\n");
  process.exit(2);
}
require(entry)
  .main(process.argv.slice(2))
  .then((code) => {
    process.exitCode = code;
  });
