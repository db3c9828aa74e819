#!/usr/bin/env node
"use strict";
// Batch benchmark (npm run bench, after bench/run.js): `nianbao check` over many workbooks against the time the reader
// alone needs to open and read them. Prints figures; asserts nothing. BENCH_BATCH=N changes the number of workbooks.
const { spawnSync } = require("child_process");
const fs = require("fs");
const os = require("os");
const path = require("path");

const ROOT = path.join(__dirname, "..");
const BUILD = path.join(ROOT, "build");
const { checkWorkbook } = require(path.join(BUILD, "core", "check"));
const { officialLayout } = require(path.join(BUILD, "core", "layout", "official-layout"));
const { consistentFigures } = require(path.join(BUILD, "core", "sample", "consistent-figures"));
const { templateById } = require(path.join(BUILD, "core", "templates"));
const { parseJustifications, submissionStatus } = require(path.join(BUILD, "core", "report"));
const { readWorkbook } = require(path.join(BUILD, "file", "read-workbook"));
const { layoutToWorkbook } = require(path.join(BUILD, "file", "write-workbook"));
const { availableCores, defaultJobs } = require(path.join(BUILD, "cli", "batch", "pool"));

const COUNT = Number(process.env.BENCH_BATCH || 1000);
const seconds = (ns) => Number(ns) / 1e9;

async function generate(dir) {
  const template = templateById("gov-2021");
  for (let i = 0; i < COUNT; i++) {
    const figures = consistentFigures(template, i + 1);
    // One in ten departments gets a wrong total, as a real batch would.
    if (i % 10 === 9) figures.t2021_3["r1_new.total"] = (figures.t2021_3["r1_new.total"] || 0) + 1;
    const heading = `第${i + 1}局 2025 年度政府信息公开工作年度报告统计表`;
    const wb = layoutToWorkbook(officialLayout(template, { figures, heading }));
    await wb.xlsx.writeFile(path.join(dir, `第${String(i + 1).padStart(4, "0")}局2025年报.xlsx`));
  }
}

/** One thread, file by file: time spent opening and reading vs time spent in the checks. */
async function split(files) {
  let read = 0n;
  let check = 0n;
  for (const file of files) {
    const t0 = process.hrtime.bigint();
    const { grid } = await readWorkbook(fs.readFileSync(file));
    const t1 = process.hrtime.bigint();
    submissionStatus(checkWorkbook(grid), parseJustifications(grid));
    check += process.hrtime.bigint() - t1;
    read += t1 - t0;
  }
  return { read: seconds(read), check: seconds(check) };
}

/** runBatch in a fresh Node process (cold, as the CLI starts), reporting its wall time and the CPU of all its threads. */
function fresh(dir, jobs) {
  const script = `
    const fs = require("fs");
    const { runBatch } = require(${JSON.stringify(path.join(BUILD, "cli", "batch", "pool"))});
    const dir = ${JSON.stringify(dir)};
    const files = fs.readdirSync(dir).map((n) => require("path").join(dir, n));
    const c0 = process.cpuUsage();
    const t0 = process.hrtime.bigint();
    runBatch(files, { jobs: ${jobs} }).then((run) => {
      const wall = Number(process.hrtime.bigint() - t0) / 1e9;
      const c = process.cpuUsage(c0);
      process.stdout.write(JSON.stringify({ wall, cpu: (c.user + c.system) / 1e6, workers: run.workers, inWorkers: run.inWorkers }));
    });`;
  const r = spawnSync(process.execPath, ["-e", script], { maxBuffer: 16 * 1024 * 1024 });
  if (r.status !== 0) throw new Error(String(r.stderr));
  return JSON.parse(String(r.stdout));
}

function cli(dir) {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(
    process.execPath,
    [path.join(ROOT, "bin", "nianbao.js"), "check", dir, "--format", "csv"],
    {
      maxBuffer: 64 * 1024 * 1024,
    },
  );
  return {
    wall: seconds(process.hrtime.bigint() - t0),
    status: r.status,
    lines: String(r.stdout).split("\r\n").length - 2,
  };
}

async function main() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "nianbao-batch-bench-"));
  try {
    process.stdout.write(`生成 ${COUNT} 个 gov-2021 工作簿……\n`);
    await generate(dir);
    const files = fs.readdirSync(dir).map((n) => path.join(dir, n));
    const s = await split(files);
    const cores = availableCores();
    const one = fresh(dir, 1);
    const all = fresh(dir, cores);
    const c = cli(dir);
    const used = all.cpu / all.wall;
    const lines = [
      `批量检查基准（${COUNT} 个工作簿，本机 ${cores} 核，负载 ${os.loadavg()[0].toFixed(1)}；默认作业数此刻为 ${defaultJobs(COUNT)}）`,
      `  单线程，仅打开和读取（网格读取器）：${s.read.toFixed(2)} s（${(COUNT / s.read).toFixed(1)} 个/秒）`,
      `  单线程，读取之外的检查（识别、定位、规则、说明）：${s.check.toFixed(2)} s`,
      // The old aim of < 10 % was set against exceljs's reading (4–5 ms a workbook); the grid reader is about 17 times
      // faster, so the check is now about as long as the reading: bench/run.js holds the two together to the floor.
      `  检查相对读取的开销：${((s.check / s.read) * 100).toFixed(1)} %（读取用网格读取器；读取 + 检查的目标见上面 bench/run.js 的倍数）`,
      `  新进程 1 个线程：${one.wall.toFixed(2)} s，${(COUNT / one.wall).toFixed(1)} 个/秒，CPU ${one.cpu.toFixed(2)} s`,
      `  新进程 ${cores} 个作业（本线程 + ${all.workers} 个工作线程，工作线程检查了 ${all.inWorkers} 个）：${all.wall.toFixed(2)} s，${(COUNT / all.wall).toFixed(1)} 个/秒，CPU ${all.cpu.toFixed(2)} s = 平均 ${used.toFixed(2)} 核${used > 1.5 ? "（两个核都在用）" : "（未用满多核：本机同时有其他负载或批量太小）"}，加速 ${(one.wall / all.wall).toFixed(2)} 倍`,
      `  nianbao check 目录 --format csv（含启动和输出）：${c.wall.toFixed(2)} s，${(COUNT / c.wall).toFixed(1)} 个/秒，退出码 ${c.status}，${c.lines} 行`,
    ];
    process.stdout.write(`${lines.join("\n")}\n`);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((e) => {
  process.stderr.write(`基准失败：${e && e.stack ? e.stack : e}\n`);
  process.exitCode = 1;
});
