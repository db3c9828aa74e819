import { execFile } from "child_process";
import { existsSync, promises as fs } from "fs";
import os from "os";
import path from "path";
import { promisify } from "util";

export const SOFFICE = ["/usr/bin/soffice", "/usr/bin/libreoffice"].find((p) => existsSync(p));

/** RFC 4180 CSV as LibreOffice writes it: quoted fields may hold commas, quotes ("") and line breaks. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") {
      row.push(field);
      field = "";
    } else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && text[i + 1] === "\n") i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
    } else field += ch;
  }
  if (field !== "" || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

/**
 * Every sheet of every workbook as LibreOffice Calc's CSV export gives it (values, not as shown), in one run of
 * soffice: file name → sheet name → rows of cell texts.
 */
export async function libreOfficeCsv(
  files: Record<string, Uint8Array>,
): Promise<Record<string, Record<string, string[][]>>> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), "nianbao-lo-csv-"));
  try {
    const names = Object.keys(files);
    await Promise.all(names.map((n) => fs.writeFile(path.join(dir, n), files[n])));
    await promisify(execFile)(
      SOFFICE!,
      [
        `-env:UserInstallation=file://${dir}/profile`,
        "--headless",
        "--convert-to",
        "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1",
        "--outdir",
        dir,
        ...names.map((n) => path.join(dir, n)),
      ],
      { timeout: 180_000 },
    );
    const out: Record<string, Record<string, string[][]>> = {};
    const written = await fs.readdir(dir);
    for (const n of names) {
      const base = n.replace(/\.[^.]+$/, "");
      out[n] = {};
      for (const csv of written.filter((w) => w.startsWith(`${base}-`) && w.endsWith(".csv")))
        out[n][csv.slice(base.length + 1, -4)] = parseCsv(await fs.readFile(path.join(dir, csv), "utf8"));
    }
    return out;
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}
