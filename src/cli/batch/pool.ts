import { existsSync } from "fs";
import os from "os";
import path from "path";
import { Worker } from "worker_threads";
import { type CheckWorkbookOptions } from "../../core/check";
import { type BatchReport, checkOne, failedReport } from "./check-one";
import { type WorkerTask } from "./worker";

/** Below this many files, and unless --jobs says otherwise, files are checked in this thread. */
const WORKERS_FROM = 200;

export interface BatchOptions {
  /** Parallel workers; by default one per core for batches of WORKERS_FROM files or more. */
  jobs?: number;
  check?: CheckWorkbookOptions;
}

export interface BatchRun {
  reports: BatchReport[];
  /** Worker threads started (0: checked in this thread). */
  workers: number;
}

export function availableCores(): number {
  return typeof os.availableParallelism === "function" ? os.availableParallelism() : os.cpus().length;
}

/** The compiled worker; absent when running from TypeScript sources (tests), where files are checked in-process. */
function workerScript(): string | null {
  const file = path.join(__dirname, "worker.js");
  return existsSync(file) ? file : null;
}

async function inProcess(files: readonly string[], options: BatchOptions): Promise<BatchRun> {
  const reports: BatchReport[] = [];
  for (const file of files) reports.push(await checkOne(file, options.check));
  return { reports, workers: 0 };
}

/** Checks every file, in parallel worker threads when possible; reports come back in the order of `files`. */
export async function runBatch(files: readonly string[], options: BatchOptions = {}): Promise<BatchRun> {
  const script = workerScript();
  // A worker first loads the checker and warms up its JIT (~0.75 s of CPU when exceljs was the reader, a hundred-odd
  // files' worth of checking; not measured again since): below a few hundred files one thread finishes first.
  const jobs = options.jobs ?? (files.length >= WORKERS_FROM ? availableCores() : 1);
  const count = Math.min(jobs, files.length);
  if (!script || count <= 1) return inProcess(files, options);
  const reports = new Array<BatchReport>(files.length);
  let next = 0;
  let done = 0;
  let started = 0;
  return new Promise<BatchRun>((resolve) => {
    const live = new Set<Worker>();
    const record = (index: number, report: BatchReport): void => {
      reports[index] = report;
      if (++done === files.length) {
        for (const w of live) void w.terminate();
        resolve({ reports, workers: started });
      }
    };
    const start = (): void => {
      const w = new Worker(script);
      started++;
      live.add(w);
      let current = -1;
      const feed = (): void => {
        if (next >= files.length) return;
        current = next++;
        const task: WorkerTask = { index: current, file: files[current], options: options.check ?? {} };
        w.postMessage(task);
      };
      w.on("message", (msg: { index: number; report: BatchReport }) => {
        current = -1;
        feed();
        record(msg.index, msg.report);
      });
      // A worker that dies takes only its current file with it; a fresh one carries on with the rest.
      const lose = (reason: string): void => {
        if (!live.delete(w)) return;
        const lost = current;
        current = -1;
        if (next < files.length) start();
        if (lost >= 0) record(lost, failedReport(files[lost], `检查「${files[lost]}」时出错：${reason}`));
      };
      w.on("error", (e) => lose(e.message));
      w.on("exit", (code) => {
        if (done < files.length) lose(`检查进程意外退出（代码 ${code}）`);
      });
      feed();
    };
    for (let i = 0; i < count; i++) start();
  });
}
