import { spawnSync } from "child_process";
import { join } from "path";
import { buildUnlessFresh, ROOT } from "../support/fresh-build";

/** The compiled CLI (build/cli) of the current sources, compiled here when it is missing or older than them. */
export function builtCli(): string {
  const dir = join(ROOT, "build", "cli");
  buildUnlessFresh(
    join(dir, "main.js"),
    ["src/core", "src/file", "src/cli", "tsconfig.json", "tsconfig.cli.json"],
    () => {
      const run = spawnSync(
        process.execPath,
        [require.resolve("typescript/bin/tsc"), "-p", "tsconfig.cli.json"],
        {
          cwd: ROOT,
          encoding: "utf8",
        },
      );
      if (run.status !== 0) throw new Error(`tsc -p tsconfig.cli.json failed:\n${run.stdout}\n${run.stderr}`);
    },
  );
  return dir;
}
