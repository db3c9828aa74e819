import { existsSync } from "fs";
import os from "os";
import path from "path";
import { Worker } from "worker_threads";
import { type BatchRow, checkOne, type CheckOneOptions } from "./check-one";
import { type WorkerTask } from "./worker";

export interface BatchOptions extends CheckOneOptions {
  /** Parallel workers; the machine's cores by default. */
  jobs?: number;
  onRow?(row: BatchRow, done: number, total: number): void;
}

export interface BatchRun {
  rows: BatchRow[];
  /** Worker threads used (0: checked in this thread). */
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
  const rows: BatchRow[] = [];
  for (const file of files) {
    rows.push(await checkOne(file, options));
    options.onRow?.(rows[rows.length - 1], rows.length, files.length);
  }
  return { rows, workers: 0 };
}

function failedRow(file: string, reason: string): BatchRow {
  const base = { file, unit: path.basename(file), template: null, templateName: null };
  return {
    ...base,
    errors: 0,
    warnings: 0,
    justified: 0,
    infos: 0,
    stale: 0,
    status: "unreadable",
    problem: reason,
  };
}

/** Checks every file, in parallel worker threads when possible; rows come back in the order of `files`. */
export async function runBatch(files: readonly string[], options: BatchOptions = {}): Promise<BatchRun> {
  const script = workerScript();
  const count = Math.min(options.jobs ?? availableCores(), files.length);
  if (!script || count <= 1) return inProcess(files, options);
  const { onRow } = options;
  const checkOptions: CheckOneOptions = {
    lang: options.lang,
    prior: options.prior,
    requiredSeverity: options.requiredSeverity,
    keepFindings: options.keepFindings,
    keepFigures: options.keepFigures,
  };
  const rows: BatchRow[] = new Array<BatchRow>(files.length);
  let next = 0;
  let done = 0;
  let started = 0;
  return new Promise<BatchRun>((resolve) => {
    const live = new Set<Worker>();
    const record = (index: number, row: BatchRow): void => {
      rows[index] = row;
      onRow?.(row, ++done, files.length);
      if (done === files.length) {
        for (const w of live) void w.terminate();
        resolve({ rows, workers: started });
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
        const task: WorkerTask = { index: current, file: files[current], options: checkOptions };
        w.postMessage(task);
      };
      w.on("message", (msg: { index: number; row: BatchRow }) => {
        current = -1;
        feed();
        record(msg.index, msg.row);
      });
      // A worker that dies takes only its current file with it; a fresh one carries on with the rest.
      w.on("error", (e) => {
        live.delete(w);
        const lost = current;
        current = -1;
        if (next < files.length) start();
        if (lost >= 0) record(lost, failedRow(files[lost], `检查「${files[lost]}」时出错：${e.message}`));
      });
      feed();
    };
    for (let i = 0; i < count; i++) start();
  });
}
