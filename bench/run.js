#!/usr/bin/env node
"use strict";
// Benchmark of reading and checking (npm run bench). Prints figures; asserts nothing.
// Every figure is per workbook and, where it says so, a multiple of the floor: unzipping the sheet and shared-string
// parts with fflate and scanning every byte once, the least any reader has to do.
const { execFileSync } = require("child_process");
const fs = require("fs");
const os = require("os");
const path = require("path");
const ExcelJS = require("exceljs");
const { strFromU8, unzipSync } = require("fflate");

const BUILD = path.join(__dirname, "..", "build");
const { checkWorkbook } = require(path.join(BUILD, "core", "check"));
const { identify } = require(path.join(BUILD, "core", "locate", "locate-table"));
const { officialLayout } = require(path.join(BUILD, "core", "layout", "official-layout"));
const { consistentFigures } = require(path.join(BUILD, "core", "sample", "consistent-figures"));
const { builtinTemplates, templateById } = require(path.join(BUILD, "core", "templates"));
const { readGrid } = require(path.join(BUILD, "file", "xlsx", "read-grid"));
const { layoutToWorkbook } = require(path.join(BUILD, "file", "write-workbook"));

const WORKBOOKS = Number(process.env.BENCH_WORKBOOKS || 1000);

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** Median milliseconds of `fn` over `runs` calls, after `warmup` calls that let the JIT settle. */
async function time(fn, runs = 2000, warmup = 300) {
  for (let i = 0; i < warmup; i++) await fn();
  const samples = [];
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    await fn();
    samples.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return median(samples);
}

async function filledBytes(template, seed) {
  const layout = officialLayout(template, { figures: consistentFigures(template, seed) });
  return new Uint8Array(await layoutToWorkbook(layout).xlsx.writeBuffer());
}

/** The floor: inflate the parts that hold cells and touch every byte of them once. */
function floor(bytes) {
  const parts = unzipSync(bytes, {
    filter: (f) => f.name === "xl/worksheets/sheet1.xml" || f.name === "xl/sharedStrings.xml",
  });
  let tags = 0;
  for (const name in parts) {
    const text = strFromU8(parts[name]);
    for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 60) tags++;
  }
  return tags;
}

/** The reader this project had before its own: exceljs loads the whole workbook model. */
async function exceljsRead(bytes) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes);
  let n = 0;
  wb.eachSheet((ws) => ws.eachRow(() => n++));
  return n;
}

async function batch(dir, jobs) {
  const bin = path.join(__dirname, "..", "bin", "nianbao.js");
  const start = process.hrtime.bigint();
  const out = execFileSync(
    process.execPath,
    [bin, "check", dir, "--format", "json", "--jobs", String(jobs)],
    {
      maxBuffer: 1 << 30,
    },
  );
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  const entries = JSON.parse(out.toString("utf8"));
  const clean = entries.filter((e) => e.template === "gov-2021" && e.summary.errors === 0).length;
  return { ms, checked: entries.length, clean };
}

async function run() {
  const template = templateById("gov-2021");
  const bytes = await filledBytes(template, 1);
  const grid = readGrid(bytes);
  const result = checkWorkbook(grid);
  if (result.template !== "gov-2021" || result.summary.errors !== 0)
    throw new Error(
      `the generated workbook should be a clean gov-2021 report, got ${JSON.stringify(result.summary)}`,
    );
  const templates = builtinTemplates();
  const f = await time(() => floor(bytes));
  const reader = await time(() => readGrid(bytes));
  const excel = await time(() => exceljsRead(bytes), 200, 30);
  const check = await time(() => checkWorkbook(grid));
  const locate = await time(() => identify(grid, templates));
  const both = await time(() => checkWorkbook(readGrid(bytes)));
  const x = (ms) => `${ms.toFixed(3)} ms（${(ms / f).toFixed(1)} 倍底线）`;
  console.log(`单个已填写的 2021 年格式工作簿（${(bytes.length / 1024).toFixed(1)} KB，预热后中位数）`);
  console.log(`  底线：fflate 解压工作表和共享字符串并逐字节扫描一遍：${f.toFixed(3)} ms`);
  console.log(`  网格读取器（src/file/xlsx）：${x(reader)}`);
  console.log(`  exceljs 读取：${x(excel)}`);
  console.log(`  识别 + 定位 + 检查：${check.toFixed(3)} ms（其中识别 + 定位 ${locate.toFixed(3)} ms）`);
  console.log(`  读取 + 检查（进程内）：${x(both)}；目标 ≤ 3 倍`);

  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "nianbao-bench-"));
  try {
    for (let i = 0; i < WORKBOOKS; i++)
      fs.writeFileSync(
        path.join(dir, `单位${String(i).padStart(4, "0")}.xlsx`),
        await filledBytes(template, i + 1),
      );
    for (const jobs of [1, 2]) {
      const b = await batch(dir, jobs);
      const per = b.ms / b.checked;
      console.log(
        `nianbao check 目录（${b.checked} 个工作簿，--jobs ${jobs}，含进程启动）：共 ${(b.ms / 1000).toFixed(2)} s，每个 ${per.toFixed(2)} ms = ${(per / f).toFixed(1)} 倍底线${jobs === 2 ? "；目标 ≤ 8 倍" : ""}；无错误的 ${b.clean} 个`,
      );
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

run().catch((e) => {
  console.error(`基准测试失败：${e instanceof Error ? e.message : String(e)}`);
  process.exitCode = 1;
});
