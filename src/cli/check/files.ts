import { promises as fs } from "fs";
import path from "path";

/** What to check: a workbook path, or a note that a folder held none. */
export type Target = { file: string } | { file: string; error: string };

function wanted(name: string): boolean {
  // "~$…" are the lock files Excel and WPS leave beside an open workbook.
  return /\.xlsx$/i.test(name) && !name.startsWith("~$") && !name.startsWith(".");
}

export interface Found {
  workbooks: string[];
  /** Old-format workbooks, not checked but worth a word when nothing else is found. */
  xls: number;
}

async function walk(dir: string, found: Found, subfolders: boolean): Promise<void> {
  const entries = await fs.readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    const full = path.join(dir, e.name);
    if (e.isDirectory() && !e.name.startsWith(".")) {
      if (subfolders) await walk(full, found, subfolders);
    } else if (e.isFile() && wanted(e.name)) found.workbooks.push(full);
    else if (e.isFile() && /\.(xls|et)$/i.test(e.name) && !e.name.startsWith("~$")) found.xls++;
  }
}

/**
 * The .xlsx workbooks in a folder sorted by name (not Excel's "~$" lock files nor hidden files), with its
 * subfolders unless `subfolders` is false, and a count of old .xls/.et files; rejects when a folder cannot be read.
 */
export async function findWorkbooks(dir: string, { subfolders = true } = {}): Promise<Found> {
  const found: Found = { workbooks: [], xls: 0 };
  await walk(dir, found, subfolders);
  return found;
}

async function isDirectory(p: string): Promise<boolean> {
  try {
    return (await fs.stat(p)).isDirectory();
  } catch {
    return false;
  }
}

/**
 * The workbooks named on the command line, folders searched (with their subfolders) for .xlsx files.
 * Anything else is passed on as given, so that opening it explains what is wrong with it.
 */
export async function collectTargets(
  inputs: readonly string[],
): Promise<{ targets: Target[]; fromFolder: boolean }> {
  const targets: Target[] = [];
  let fromFolder = false;
  for (const input of inputs) {
    if (!(await isDirectory(input))) {
      targets.push({ file: input });
      continue;
    }
    fromFolder = true;
    let found: Found;
    try {
      found = await findWorkbooks(input);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code ?? "未知原因";
      targets.push({ file: input, error: `无法读取文件夹「${input}」（${code}）` });
      continue;
    }
    if (found.workbooks.length === 0) {
      const old =
        found.xls > 0 ? `（有 ${found.xls} 个旧版 .xls/.et 文件，请在 Excel/WPS 中另存为 .xlsx）` : "";
      targets.push({ file: input, error: `文件夹「${input}」中没有 .xlsx 文件${old}` });
    }
    for (const file of found.workbooks) targets.push({ file });
  }
  return { targets, fromFolder };
}
