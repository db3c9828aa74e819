import { zipEntries } from "./zip-directory";

/**
 * Limits for what is read at all. A real 统计表 workbook is well under 1 MB and its sheets unpack to a few
 * hundred KB; 16 MB of sheet XML keeps a mistaken or hostile file (a database export, a zip bomb) to well under a
 * second. The reader enforces the limit again on the parts it unpacks, counting bytes as they are inflated.
 */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;
export const MAX_SHEET_XML_BYTES = 16 * 1024 * 1024;

const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

function contains(bytes: Uint8Array, needle: Uint8Array): boolean {
  outer: for (let i = 0; i + needle.length <= bytes.length; i++) {
    for (let j = 0; j < needle.length; j++) if (bytes[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

function utf16le(text: string): Uint8Array {
  const out = new Uint8Array(text.length * 2);
  for (let i = 0; i < text.length; i++) out[i * 2] = text.charCodeAt(i);
  return out;
}

export function megabytes(n: number): string {
  return `${(n / 1024 / 1024).toFixed(1)} MB`;
}

function looksLikeText(bytes: Uint8Array): boolean {
  const head = bytes.subarray(0, 4096);
  for (const b of head) if (b === 0) return false;
  return true;
}

function whatItIs(bytes: Uint8Array): string {
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46])) return "是 PDF 文件";
  if (startsWith(bytes, [0x7b, 0x5c, 0x72, 0x74, 0x66])) return "是 RTF 文档";
  if (!looksLikeText(bytes)) return "不是 Excel 工作簿（文件内容无法识别）";
  const head = new TextDecoder().decode(bytes.subarray(0, 512)).trimStart().toLowerCase();
  if (head.startsWith("<")) return "是网页（HTML）或 XML 文件，只是扩展名像 Excel";
  return "是纯文本文件（如 CSV 或 TXT），只是扩展名像 Excel";
}

/**
 * Why these bytes cannot be read as an .xlsx workbook, in Chinese and naming the file, or null when they
 * look like one. Runs before the workbook is unpacked, so that every kind of wrong file gets a clear message.
 */
export function problemWithBytes(bytes: Uint8Array, name: string): string | null {
  const file = `「${name}」`;
  if (bytes.length === 0) return `${file}是空文件（0 字节），可能没有保存完整，请重新保存或重新下载`;
  if (bytes.length > MAX_FILE_BYTES)
    return `${file}有 ${megabytes(bytes.length)}，超过统计表工作簿的上限 ${megabytes(MAX_FILE_BYTES)}；请只保留统计表所在的工作表后另存`;
  if (startsWith(bytes, CFB_MAGIC)) {
    if (contains(bytes, utf16le("EncryptionInfo")))
      return `${file}文件已加密（设置了打开密码），请先去掉密码另存为 .xlsx`;
    return `${file}是旧版 .xls 格式，请在 Excel/WPS 中另存为 .xlsx`;
  }
  if (!startsWith(bytes, [0x50, 0x4b]))
    return `${file}${whatItIs(bytes)}，不是 .xlsx 工作簿；请在 Excel/WPS 中打开后另存为 .xlsx`;
  const entries = zipEntries(bytes);
  if (!entries)
    return `${file}已损坏或不完整（压缩包目录缺失，可能下载或复制时被截断），请重新保存或重新下载`;
  const sheetBytes = entries
    .filter((e) => e.name.startsWith("xl/worksheets/"))
    .reduce((n, e) => n + e.uncompressedSize, 0);
  if (sheetBytes > MAX_SHEET_XML_BYTES) return tooLargeMessage(name);
  return null;
}

export function tooLargeMessage(name: string): string {
  return `「${name}」的工作表数据解压后超过 ${megabytes(MAX_SHEET_XML_BYTES)}，远大于一份统计表；请只保留统计表所在的工作表后另存`;
}

/** A zip that holds no workbook: a Word document or some other package. */
export function notAWorkbookMessage(name: string, word: boolean): string {
  return `「${name}」${word ? "是 Word 文档" : "是压缩包"}，不是 Excel 工作簿；请选择 .xlsx 格式的统计表`;
}
