#!/usr/bin/env node
"use strict";
// Benchmark of `nianbao check` (npm run bench). Prints figures; asserts nothing.
const { execFileSync } = require("child_process");
const fs = require("fs");
const os = require("os");
const path = require("path");

const BUILD = path.join(__dirname, "..", "build");
const { checkWorkbook } = require(path.join(BUILD, "core", "check"));
const { identify } = require(path.join(BUILD, "core", "locate", "locate-table"));
const { officialLayout } = require(path.join(BUILD, "core", "layout", "official-layout"));
const { consistentFigures } = require(path.join(BUILD, "core", "sample", "consistent-figures"));
const { builtinTemplates, templateById } = require(path.join(BUILD, "core", "templates"));
const { readWorkbook } = require(path.join(BUILD, "file", "read-workbook"));
const { layoutToWorkbook } = require(path.join(BUILD, "file", "write-workbook"));

const WARMUP = 300;
const RUNS = 3000;
const WORKBOOKS = Number(process.env.BENCH_WORKBOOKS || 500);

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** Median milliseconds of `fn` over RUNS calls, after WARMUP calls that let the JIT settle. */
function time(fn) {
  for (let i = 0; i < WARMUP; i++) fn();
  const samples = [];
  for (let i = 0; i < RUNS; i++) {
    const start = process.hrtime.bigint();
    fn();
    samples.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return median(samples);
}

async function filledBytes(template, seed) {
  const layout = officialLayout(template, { figures: consistentFigures(template, seed) });
  return layoutToWorkbook(layout).xlsx.writeBuffer();
}

/** Median milliseconds to read one workbook's bytes into a grid: the exceljs part of a file check. */
async function readTime(bytes) {
  const samples = [];
  for (let i = 0; i < 60; i++) {
    const start = process.hrtime.bigint();
    await readWorkbook(bytes);
    if (i >= 10) samples.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return median(samples);
}

async function inProcess(template) {
  const bytes = await filledBytes(template, 1);
  const { grid } = await readWorkbook(bytes);
  const templates = builtinTemplates();
  const result = checkWorkbook(grid);
  if (result.template !== "gov-2021" || result.summary.errors !== 0)
    throw new Error(
      `the generated workbook should be a clean gov-2021 report, got ${JSON.stringify(result.summary)}`,
    );
  const whole = time(() => checkWorkbook(grid));
  const locate = time(() => identify(grid, templates));
  return { whole, locate, read: await readTime(bytes) };
}

async function batch(template) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "nianbao-bench-"));
  try {
    for (let i = 0; i < WORKBOOKS; i++)
      fs.writeFileSync(
        path.join(dir, `单位${String(i).padStart(4, "0")}.xlsx`),
        await filledBytes(template, i + 1),
      );
    const bin = path.join(__dirname, "..", "bin", "nianbao.js");
    const start = process.hrtime.bigint();
    const out = execFileSync(process.execPath, [bin, "check", dir, "--format", "json", "--jobs", "1"], {
      maxBuffer: 1 << 30,
    });
    const ms = Number(process.hrtime.bigint() - start) / 1e6;
    const entries = JSON.parse(out.toString("utf8"));
    const clean = entries.filter((e) => e.template === "gov-2021" && e.summary.errors === 0).length;
    return { ms, checked: entries.length, clean };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

async function run() {
  const template = templateById("gov-2021");
  const a = await inProcess(template);
  console.log("(a) 单个已填写的 2021 年格式工作簿，进程内检查（模板已编译、预热后，中位数）");
  console.log(`    识别 + 定位 + 检查：${a.whole.toFixed(3)} ms（目标 < 1 ms）`);
  console.log(
    `    其中识别 + 定位：${a.locate.toFixed(3)} ms；规则计算约 ${(a.whole - a.locate).toFixed(3)} ms（两者中位数之差）`,
  );
  console.log(`    另：读取一个 .xlsx 为单元格网格（exceljs）：${a.read.toFixed(1)} ms`);
  const b = await batch(template);
  console.log(
    `(b) nianbao check 检查 ${b.checked} 个生成的工作簿（含读取 .xlsx 和进程启动，单进程顺序执行）`,
  );
  console.log(
    `    共 ${(b.ms / 1000).toFixed(2)} s，平均每个工作簿 ${(b.ms / b.checked).toFixed(1)} ms；无错误的 ${b.clean} 个`,
  );
}

run().catch((e) => {
  console.error(`基准测试失败：${e instanceof Error ? e.message : String(e)}`);
  process.exitCode = 1;
});
