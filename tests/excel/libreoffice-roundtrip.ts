import { execFile } from "child_process";
import { existsSync, promises as fs } from "fs";
import os from "os";
import path from "path";
import { promisify } from "util";

const run = promisify(execFile);
export const SOFFICE = ["/usr/bin/soffice", "/usr/bin/libreoffice"].find((p) => existsSync(p));

/** The file opened and saved again by LibreOffice Calc, or null where LibreOffice is not installed. */
export async function throughLibreOffice(bytes: Uint8Array): Promise<Uint8Array | null> {
  if (!SOFFICE) return null;
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), "nianbao-lo-"));
  try {
    const input = path.join(dir, "in", "统计表.xlsx");
    await fs.mkdir(path.dirname(input));
    await fs.writeFile(input, bytes);
    const out = path.join(dir, "out");
    await run(
      SOFFICE,
      [
        `-env:UserInstallation=file://${dir}/profile`,
        "--headless",
        "--convert-to",
        "xlsx",
        "--outdir",
        out,
        input,
      ],
      { timeout: 120000 },
    );
    return new Uint8Array(await fs.readFile(path.join(out, "统计表.xlsx")));
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}
