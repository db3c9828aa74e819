import { existsSync } from "fs";
import os from "os";
import path from "path";
import { Worker } from "worker_threads";
import { type CheckWorkbookOptions } from "../../core/check";
import { type BatchReport, checkOne, failedReport } from "./check-one";
import { type WorkerTask } from "./worker";

/**
 * Below this many files, and unless --jobs says otherwise, files are checked in this thread. A worker first loads
 * the checker (zod, the templates) and warms up its JIT: 0.26 s from its start to its first report, 0.3 s of CPU
 * (measured on the 2-core build machine), the time this thread takes for a hundred-odd workbooks.
 */
const WORKERS_FROM = 200;
/** Files handed to a worker before it answers, so that it never waits for this thread between two files. */
const AHEAD = 2;

export interface BatchOptions {
  /**
   * Files checked at once: this thread and jobs − 1 worker threads. By default, for batches of WORKERS_FROM files or
   * more, one per core that is not already busy with other work (see defaultJobs).
   */
  jobs?: number;
  check?: CheckWorkbookOptions;
}

export interface BatchRun {
  reports: BatchReport[];
  /** Worker threads started (0: every file checked in this thread). */
  workers: number;
  /** Files the worker threads checked; the others were checked in this thread. */
  inWorkers: number;
}

export function availableCores(): number {
  return typeof os.availableParallelism === "function" ? os.availableParallelism() : os.cpus().length;
}

/**
 * One job per core that other programs leave free (cores − the last minute's load average, at least one): on a
 * machine whose cores are already busy a second thread only adds its start-up and competes for the same core
 * (measured on a shared 2-core machine: 2 jobs slower than 1 at load 2 and above). Windows reports no load average
 * (0): there every core counts.
 */
export function defaultJobs(files: number): number {
  if (files < WORKERS_FROM) return 1;
  const cores = availableCores();
  return Math.max(1, Math.min(cores, Math.round(cores - os.loadavg()[0])));
}

/** The compiled worker; absent when running from TypeScript sources (tests), where files are checked in-process. */
function workerScript(): string | null {
  const file = path.join(__dirname, "worker.js");
  return existsSync(file) ? file : null;
}

async function inProcess(files: readonly string[], options: BatchOptions): Promise<BatchRun> {
  const reports: BatchReport[] = [];
  for (const file of files) reports.push(await checkOne(file, options.check));
  return { reports, workers: 0, inWorkers: 0 };
}

/** Lets the event loop deliver the workers' answers between two files checked in this thread. */
const turn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/**
 * Checks every file, in parallel when asked or when the batch is large; reports come back in the order of `files`.
 * This thread is one of the jobs: it has the checker loaded already, so a worker is started only for each job
 * beyond the first.
 */
export async function runBatch(files: readonly string[], options: BatchOptions = {}): Promise<BatchRun> {
  const script = workerScript();
  const jobs = Math.min(options.jobs ?? defaultJobs(files.length), files.length);
  if (!script || jobs <= 1) return inProcess(files, options);
  const reports = new Array<BatchReport>(files.length);
  const check = options.check ?? {};
  let next = 0;
  /** Files a dead worker had been handed but had not started: checked again elsewhere. */
  const again: number[] = [];
  const take = (): number | undefined => again.shift() ?? (next < files.length ? next++ : undefined);
  let done = 0;
  let started = 0;
  let inWorkers = 0;
  let finish: (run: BatchRun) => void = () => undefined;
  const finished = new Promise<BatchRun>((resolve) => (finish = resolve));
  const live = new Set<Worker>();
  const record = (index: number, report: BatchReport): void => {
    reports[index] = report;
    if (++done === files.length) {
      for (const w of live) void w.terminate();
      finish({ reports, workers: started, inWorkers });
    }
  };
  const start = (): void => {
    const w = new Worker(script);
    started++;
    live.add(w);
    const pending = new Set<number>();
    const feed = (): void => {
      for (let index = take(); index !== undefined; index = pending.size < AHEAD ? take() : undefined) {
        pending.add(index);
        const task: WorkerTask = { index, file: files[index], options: check };
        w.postMessage(task);
      }
    };
    w.on("message", (msg: { index: number; report: BatchReport }) => {
      pending.delete(msg.index);
      inWorkers++;
      feed();
      record(msg.index, msg.report);
    });
    // A worker that dies takes only the file it was on with it (the first handed, as it checks them in order); the
    // others it held and the rest of the batch go on elsewhere.
    const lose = (reason: string): void => {
      if (!live.delete(w)) return;
      const [lost, ...waiting] = [...pending].sort((a, b) => a - b);
      pending.clear();
      again.push(...waiting);
      if (again.length > 0 || next < files.length) start();
      if (lost !== undefined)
        record(lost, failedReport(files[lost], `检查「${files[lost]}」时出错：${reason}`));
    };
    w.on("error", (e) => lose(e.message));
    w.on("exit", (code) => {
      if (done < files.length) lose(`检查进程意外退出（代码 ${code}）`);
    });
    feed();
  };
  for (let i = 1; i < jobs; i++) start();
  // This thread takes the files the workers have not been handed yet, one per turn of the event loop.
  for (let index = take(); index !== undefined; index = take()) {
    record(index, await checkOne(files[index], check));
    await turn();
  }
  return finished;
}
