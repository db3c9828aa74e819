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
const { fflateInflater, setInflater } = require(path.join(BUILD, "file", "xlsx", "zip-parts"));
// Loading the file opener makes Node's zlib the inflater, as in the CLI; the web page's reader uses fflate.
const { nodeInflater } = require(path.join(BUILD, "file", "open-file"));
const { layoutToWorkbook } = require(path.join(BUILD, "file", "write-workbook"));

const WORKBOOKS = Number(process.env.BENCH_WORKBOOKS || 1000);
const BATCH_ROUNDS = Number(process.env.BENCH_BATCH_ROUNDS || 3);

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

/**
 * The machine is shared: each variant is timed in ROUNDS rounds, the variants interleaved within a round, and the
 * median of its rounds kept, so that a burst of other work weighs on every variant alike.
 */
const ROUNDS = Number(process.env.BENCH_ROUNDS || 5);
async function interleaved(variants) {
  const rounds = Object.fromEntries(Object.keys(variants).map((k) => [k, []]));
  for (let r = 0; r < ROUNDS; r++)
    for (const [name, { fn, runs, warmup }] of Object.entries(variants))
      rounds[name].push(await time(fn, Math.ceil(runs / ROUNDS), r === 0 ? warmup : 20));
  return Object.fromEntries(Object.entries(rounds).map(([k, v]) => [k, median(v)]));
}

const load = () => os.loadavg()[0].toFixed(1);

/** The reader as the web page (fflate) or the CLI (Node's zlib) runs it. */
function withInflater(inflater, fn) {
  return () => {
    setInflater(inflater);
    return fn();
  };
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
  const loadBefore = load();
  const m = await interleaved({
    floor: { fn: () => floor(bytes), runs: 2000, warmup: 300 },
    reader: { fn: withInflater(fflateInflater, () => readGrid(bytes)), runs: 2000, warmup: 300 },
    readerNode: { fn: withInflater(nodeInflater, () => readGrid(bytes)), runs: 2000, warmup: 300 },
    excel: { fn: () => exceljsRead(bytes), runs: 200, warmup: 30 },
    check: { fn: () => checkWorkbook(grid), runs: 2000, warmup: 300 },
    locate: { fn: () => identify(grid, templates), runs: 2000, warmup: 300 },
    both: { fn: withInflater(fflateInflater, () => checkWorkbook(readGrid(bytes))), runs: 2000, warmup: 300 },
    bothNode: {
      fn: withInflater(nodeInflater, () => checkWorkbook(readGrid(bytes))),
      runs: 2000,
      warmup: 300,
    },
  });
  const f = m.floor;
  const x = (ms) => `${ms.toFixed(3)} ms（${(ms / f).toFixed(1)} 倍底线）`;
  console.log(
    `单个已填写的 2021 年格式工作簿（${(bytes.length / 1024).toFixed(1)} KB；${ROUNDS} 轮交替测量的中位数，负载 ${loadBefore} → ${load()}）`,
  );
  console.log(`  底线：fflate 解压工作表和共享字符串并逐字节扫描一遍：${f.toFixed(3)} ms`);
  console.log(`  网格读取器（src/file/xlsx，fflate 解压，网页所用）：${x(m.reader)}`);
  console.log(`  网格读取器（Node zlib 解压，命令行所用）：${x(m.readerNode)}`);
  console.log(`  exceljs 读取：${x(m.excel)}`);
  console.log(`  识别 + 定位 + 检查：${x(m.check)}（其中识别 + 定位 ${m.locate.toFixed(3)} ms）`);
  console.log(`  读取 + 检查（进程内，网页的读取器）：${x(m.both)}`);
  console.log(`  读取 + 检查（进程内，命令行的读取器）：${x(m.bothNode)}；目标 ≤ 3 倍`);

  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "nianbao-bench-"));
  try {
    for (let i = 0; i < WORKBOOKS; i++)
      fs.writeFileSync(
        path.join(dir, `单位${String(i).padStart(4, "0")}.xlsx`),
        await filledBytes(template, i + 1),
      );
    // Interleaved too: 1, 2, 1, 2, … jobs, the median of each kept.
    const runs = { 1: [], 2: [] };
    const loads = [load()];
    for (let r = 0; r < BATCH_ROUNDS; r++)
      for (const jobs of [1, 2]) {
        runs[jobs].push(await batch(dir, jobs));
        loads.push(load());
      }
    for (const jobs of [1, 2]) {
      const b = runs[jobs].sort((a, c) => a.ms - c.ms)[Math.floor(BATCH_ROUNDS / 2)];
      const per = b.ms / b.checked;
      console.log(
        `nianbao check 目录（${b.checked} 个工作簿，--jobs ${jobs}，含进程启动；${BATCH_ROUNDS} 次的中位数）：共 ${(b.ms / 1000).toFixed(2)} s，每个 ${per.toFixed(2)} ms = ${(per / f).toFixed(1)} 倍底线${jobs === 2 ? "；目标 ≤ 8 倍" : ""}；无错误的 ${b.clean} 个`,
      );
    }
    console.log(`  （测量期间的负载：${loads.join(" → ")}；本机 ${os.cpus().length} 核）`);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

run().catch((e) => {
  console.error(`基准测试失败：${e instanceof Error ? e.message : String(e)}`);
  process.exitCode = 1;
});
