import { readFileSync, statSync } from "fs";
import { MAX_FILE_BYTES } from "./inspect-bytes";
import { inflateRawSync } from "zlib";
import { openWorkbookBytes, type OpenResult } from "./read-workbook";
import { type Inflater, setInflater } from "./xlsx/zip-parts";

/**
 * Files opened from disk are read in Node, whose zlib inflates about three times as fast as fflate, under the same
 * limit (maxOutputLength: a part that holds more than it claims fails, as with fflate).
 */
export const nodeInflater: Inflater = (raw, size) => inflateRawSync(raw, { maxOutputLength: size + 1 });
setInflater(nodeInflater);

function whyUnreadable(e: unknown, file: string): string {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === "ENOENT") return `找不到文件「${file}」，请检查路径和文件名`;
  if (code === "EACCES" || code === "EPERM") return `没有权限读取「${file}」`;
  if (code === "EISDIR") return `「${file}」是文件夹，不是 .xlsx 文件`;
  return `无法读取「${file}」（${code ?? "未知原因"}）`;
}

/**
 * Opens an .xlsx from disk for checking; never throws: a file that cannot be checked gives a Chinese message.
 * Read synchronously: a workbook is a few dozen KB, and in a batch of a thousand the promise API's round trips
 * through the thread pool cost more than the reading (measured: bench/batch.js).
 */
export async function openWorkbookFile(file: string): Promise<OpenResult> {
  try {
    const stat = statSync(file);
    if (stat.isDirectory()) return { ok: false, message: `「${file}」是文件夹，不是 .xlsx 文件` };
    // Devices and pipes (/dev/zero, a FIFO) never end: reading them would hang.
    if (!stat.isFile()) return { ok: false, message: `「${file}」不是普通文件，不能作为 .xlsx 工作簿读取` };
    // Checked before reading so a wrongly chosen huge file is not loaded into memory at all.
    if (stat.size > MAX_FILE_BYTES)
      return {
        ok: false,
        message: `「${file}」有 ${(stat.size / 1024 / 1024).toFixed(1)} MB，超过统计表工作簿的上限 ${MAX_FILE_BYTES / 1024 / 1024} MB；请只保留统计表所在的工作表后另存`,
      };
    return await openWorkbookBytes(readFileSync(file), file);
  } catch (e) {
    return { ok: false, message: whyUnreadable(e, file) };
  }
}
