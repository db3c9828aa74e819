#!/usr/bin/env node
"use strict";
// Batch benchmark (npm run bench, after bench/run.js): `nianbao check` over many workbooks against the time exceljs
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
const { availableCores, runBatch } = require(path.join(BUILD, "cli", "batch", "pool"));

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

/** One thread, file by file: time spent opening and reading with exceljs vs time spent in the checks. */
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

async function parallel(files) {
  const cpu0 = process.cpuUsage();
  const t0 = process.hrtime.bigint();
  const run = await runBatch(files, { jobs: availableCores() });
  const wall = seconds(process.hrtime.bigint() - t0);
  const cpu = process.cpuUsage(cpu0);
  return { wall, cpu: (cpu.user + cpu.system) / 1e6, workers: run.workers, rows: run.reports.length };
}

function cli(dir) {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(process.execPath, [path.join(ROOT, "bin", "nianbao.js"), "check", dir, "--format", "csv"], {
    maxBuffer: 64 * 1024 * 1024,
  });
  return { wall: seconds(process.hrtime.bigint() - t0), status: r.status, lines: String(r.stdout).split("\r\n").length - 2 };
}

async function main() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "nianbao-batch-bench-"));
  try {
    process.stdout.write(`生成 ${COUNT} 个 gov-2021 工作簿……\n`);
    await generate(dir);
    const files = fs.readdirSync(dir).map((n) => path.join(dir, n));
    const s = await split(files);
    const p = await parallel(files);
    const c = cli(dir);
    const cores = availableCores();
    const used = p.cpu / p.wall;
    const lines = [
      `批量检查基准（${COUNT} 个工作簿，本机 ${cores} 核）`,
      `  单线程，仅 exceljs 打开和读取：${s.read.toFixed(2)} s（${(COUNT / s.read).toFixed(1)} 个/秒）`,
      `  单线程，其上的检查（识别、定位、规则、说明）：${s.check.toFixed(2)} s`,
      `  检查相对读取的开销：${((s.check / s.read) * 100).toFixed(1)} %（目标 < 10 %）`,
      `  并行 runBatch：${p.wall.toFixed(2)} s，${(COUNT / p.wall).toFixed(1)} 个/秒，${p.workers} 个工作线程，CPU ${p.cpu.toFixed(2)} s = 平均 ${used.toFixed(2)} 核${used > 1.5 ? "（两个核都在用）" : "（未用满多核）"}`,
      `  nianbao check 目录 --format csv（含启动和输出）：${c.wall.toFixed(2)} s，${(COUNT / c.wall).toFixed(1)} 个/秒，退出码 ${c.status}，${c.lines} 行`,
      `  相对单线程仅读取的加速：${(s.read / p.wall).toFixed(2)} 倍`,
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
