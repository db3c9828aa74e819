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
/**
 * Each variant is timed in PROCESSES fresh processes, taken in turns, and the fastest kept. V8 optimises the same
 * code one of two ways from one process to the next (fflate's inflate: about 0.17 or 0.28 ms here; read + check:
 * about 0.5 or 0.9 ms) and keeps to it for the life of the process, whichever core it runs on, so one process's figure
 * is a toss (with three processes all three were slow now and then: five); the turns spread a burst of other work on
 * this shared machine over every variant alike.
 */
const PROCESSES = Number(process.env.BENCH_PROCESSES || 5);
/** Calls before timing, so that the code is optimised as far as V8 goes with it. */
const WARMUP = 3000;
const BATCH_ROUNDS = Number(process.env.BENCH_BATCH_ROUNDS || 3);

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** Median milliseconds of `fn` over `runs` calls, after `warmup` calls that let the JIT settle. */
async function time(fn, runs = 2000, warmup = WARMUP) {
  for (let i = 0; i < warmup; i++) await fn();
  const samples = [];
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    await fn();
    samples.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return median(samples);
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
  const loadBefore = load();
  const sample = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "nianbao-sample-")), "sample.xlsx");
  fs.writeFileSync(sample, bytes);
  const each = Object.fromEntries(Object.keys(VARIANTS).map((k) => [k, []]));
  try {
    for (let p = 0; p < PROCESSES; p++)
      for (const name of Object.keys(VARIANTS))
        each[name].push(
          Number(execFileSync(process.execPath, [path.join(__dirname, "run.js"), "--variant", name, sample])),
        );
  } finally {
    fs.rmSync(path.dirname(sample), { recursive: true, force: true });
  }
  const m = Object.fromEntries(Object.entries(each).map(([k, v]) => [k, Math.min(...v)]));
  const f = m.floor;
  const x = (ms) => `${ms.toFixed(3)} ms（${(ms / f).toFixed(1)} 倍底线）`;
  console.log(
    `单个已填写的 2021 年格式工作簿（${(bytes.length / 1024).toFixed(1)} KB；每项在 ${PROCESSES} 个新进程中轮流测量（各取 ${WARMUP} 次预热后 2000 次的中位数），取最快的；负载 ${loadBefore} → ${load()}）`,
  );
  console.log(
    `  底线：fflate 解压工作表和共享字符串并逐字节扫描一遍：${f.toFixed(3)} ms（各进程：${each.floor.map((v) => v.toFixed(3)).join("、")} ms）`,
  );
  console.log(`  网格读取器（src/file/xlsx，fflate 解压，网页所用）：${x(m.reader)}`);
  console.log(`  网格读取器（Node zlib 解压，命令行所用）：${x(m.readerNode)}`);
  console.log(`  exceljs 读取：${x(m.excel)}`);
  console.log(`  识别 + 定位 + 检查：${x(m.check)}（其中识别 + 定位 ${m.locate.toFixed(3)} ms）`);
  console.log(`  读取 + 检查（进程内，网页的读取器）：${x(m.both)}`);
  console.log(
    `  读取 + 检查（进程内，命令行的读取器）：${x(m.bothNode)}；目标 ≤ 3 倍（各进程：${each.bothNode.map((v) => v.toFixed(3)).join("、")} ms）`,
  );

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

/** What is timed, each from the workbook's bytes; the reader as the web page (fflate) or the CLI (Node's zlib) runs it. */
const VARIANTS = {
  floor: (bytes) => () => floor(bytes),
  reader: (bytes) => withInflater(fflateInflater, () => readGrid(bytes)),
  readerNode: (bytes) => withInflater(nodeInflater, () => readGrid(bytes)),
  excel: (bytes) => () => exceljsRead(bytes),
  check: (bytes) => {
    const grid = readGrid(bytes);
    return () => checkWorkbook(grid);
  },
  locate: (bytes) => {
    const grid = readGrid(bytes);
    const templates = builtinTemplates();
    return () => identify(grid, templates);
  },
  both: (bytes) => withInflater(fflateInflater, () => checkWorkbook(readGrid(bytes))),
  bothNode: (bytes) => withInflater(nodeInflater, () => checkWorkbook(readGrid(bytes))),
};

/** In a child process: the median milliseconds of one variant. exceljs, 20 times slower, is called fewer times. */
async function timeVariant(name, file) {
  const fn = VARIANTS[name](new Uint8Array(fs.readFileSync(file)));
  const slow = name === "excel";
  process.stdout.write(String(await time(fn, slow ? 200 : 2000, slow ? 100 : WARMUP)));
}

(process.argv[2] === "--variant" ? timeVariant(process.argv[3], process.argv[4]) : run()).catch((e) => {
  console.error(`基准测试失败：${e instanceof Error ? e.message : String(e)}`);
  process.exitCode = 1;
});
