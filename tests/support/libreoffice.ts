import { execFile } from "child_process";
import { existsSync, promises as fs } from "fs";
import os from "os";
import path from "path";
import { promisify } from "util";
import { describeWith, underCI } from "./needs-tool";

/** LibreOffice, which proves our files open elsewhere; Debian installs it as either name. */
export const SOFFICE = ["/usr/bin/soffice", "/usr/bin/libreoffice"].find((p) => existsSync(p));

/** `describe` where LibreOffice is installed: skipped with a warning elsewhere, a failure under CI=true. */
export const withLibreOffice = describeWith(
  SOFFICE !== undefined,
  "LibreOffice (soffice)",
  "apt-get install libreoffice-calc libreoffice-writer",
);

/**
 * For a test whose LibreOffice step is one part of it: true where LibreOffice is installed; elsewhere a warning and
 * false, and under CI=true a failure (CI installs it, so its absence is a broken CI, not a pass).
 */
export function hasLibreOffice(what: string): boolean {
  if (SOFFICE) return true;
  const why = `LibreOffice (soffice) is not installed, so ${what} was not tried: apt-get install libreoffice-calc libreoffice-writer`;
  if (underCI()) throw new Error(why);
  console.warn(why);
  return false;
}

/**
 * Converts `files` (name → bytes) with LibreOffice in one headless run, with a profile of its own so that runs do
 * not share one: `filter` as `--convert-to` takes it ("xlsx", "ods", "pdf", "csv:…"). Every file LibreOffice wrote,
 * by name (a CSV of several sheets gives one file per sheet).
 */
export async function convertWithLibreOffice(
  files: Record<string, Uint8Array>,
  filter: string,
  timeout = 180_000,
): Promise<Map<string, Buffer>> {
  if (!SOFFICE) throw new Error("LibreOffice (soffice) is not installed");
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), "nianbao-lo-"));
  try {
    const input = path.join(dir, "in");
    const output = path.join(dir, "out");
    await fs.mkdir(input);
    const names = Object.keys(files);
    await Promise.all(names.map((n) => fs.writeFile(path.join(input, n), files[n])));
    await promisify(execFile)(
      SOFFICE,
      [
        `-env:UserInstallation=file://${dir}/profile`,
        "--headless",
        "--convert-to",
        filter,
        "--outdir",
        output,
        ...names.map((n) => path.join(input, n)),
      ],
      { timeout },
    );
    const out = new Map<string, Buffer>();
    for (const name of await fs.readdir(output)) out.set(name, await fs.readFile(path.join(output, name)));
    return out;
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}
