/** One entry of a zip's central directory: enough to judge a workbook before unpacking it. */
export interface ZipEntry {
  name: string;
  compressedSize: number;
  uncompressedSize: number;
  /** 0 stored, 8 deflated. */
  method: number;
  /** Where the entry's local header starts. */
  offset: number;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const ZIP64_MARK = 0xffffffff;

function u16(b: Uint8Array, at: number): number {
  return b[at] | (b[at + 1] << 8);
}

function u32(b: Uint8Array, at: number): number {
  return (b[at] | (b[at + 1] << 8) | (b[at + 2] << 16) | (b[at + 3] << 24)) >>> 0;
}

/**
 * The entries listed in the zip's central directory, or null when there is none to be found:
 * a zip cut short (download or copy interrupted) loses its directory, which sits at the very end.
 */
export function zipEntries(bytes: Uint8Array): ZipEntry[] | null {
  // The end record is 22 bytes plus a comment of at most 65535 bytes.
  const lowest = Math.max(0, bytes.length - 22 - 0xffff);
  let end = -1;
  for (let i = bytes.length - 22; i >= lowest; i--) {
    if (u32(bytes, i) === EOCD) {
      end = i;
      break;
    }
  }
  if (end < 0) return null;
  const count = u16(bytes, end + 10);
  let at = u32(bytes, end + 16);
  const entries: ZipEntry[] = [];
  const decoder = new TextDecoder();
  for (let k = 0; k < count; k++) {
    if (at + 46 > bytes.length || u32(bytes, at) !== CENTRAL) return null;
    const nameLength = u16(bytes, at + 28);
    const extraLength = u16(bytes, at + 30);
    const commentLength = u16(bytes, at + 32);
    const compressedSize = u32(bytes, at + 20);
    const uncompressedSize = u32(bytes, at + 24);
    const method = u16(bytes, at + 10);
    const offset = u32(bytes, at + 42);
    entries.push({
      name: decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength)),
      compressedSize,
      // A zip64 entry marks its real size elsewhere; counting it as the largest possible keeps the limits safe.
      uncompressedSize: uncompressedSize === ZIP64_MARK ? Number.MAX_SAFE_INTEGER : uncompressedSize,
      method,
      offset,
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}
