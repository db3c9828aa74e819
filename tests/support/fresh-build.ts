import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from "fs";
import { join } from "path";

/** Builds under test are the current code: an output older than any of its sources is built again. */

export const ROOT = join(__dirname, "../..");

function newest(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((name) => newest(join(path, name))));
}

/** Whether `output` exists and was written after every file under `sources` (paths from the project root). */
export function isFresh(output: string, sources: readonly string[]): boolean {
  return (
    existsSync(output) && statSync(output).mtimeMs >= Math.max(...sources.map((s) => newest(join(ROOT, s))))
  );
}

function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/**
 * Runs `build` unless `output` is fresh. Jest runs test files in parallel workers: a lock folder lets one of them
 * build while the others wait, and then find the output fresh.
 */
export function buildUnlessFresh(output: string, sources: readonly string[], build: () => void): void {
  if (isFresh(output, sources)) return;
  const lock = join(ROOT, "build", `.${output.replace(/\W+/g, "_")}.lock`);
  mkdirSync(join(ROOT, "build"), { recursive: true });
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      // A lock left by a run that was killed is taken over after ten minutes.
      const age = existsSync(lock) ? Date.now() - statSync(lock).mtimeMs : 0;
      if (age > 600_000) rmSync(lock, { recursive: true, force: true });
      sleep(500);
    }
  }
  try {
    if (!isFresh(output, sources)) build();
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}
