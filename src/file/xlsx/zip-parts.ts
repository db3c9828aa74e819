import { Inflate, inflateSync } from "fflate";
import { type ZipEntry, zipEntries } from "../zip-directory";

/** Why a package could not be read: the caller turns it into the file's Chinese message. */
export class PackageError extends Error {
  constructor(readonly reason: "damaged" | "too-large" | "not-a-workbook" | "word") {
    super(reason);
  }
}

const LOCAL_HEADER = 0x04034b50;
/** Compressed bytes inflated at a time: a zip bomb is stopped after at most ~1000× this much output. */
const STEP = 4096;
/**
 * Up to this compressed size a part is inflated in one go into a buffer of the size the zip directory claims
 * (plus one byte, to notice a part that holds more than it claims): at most ~64 MB of inflating work even for a
 * lying part, and no buffer larger than the budget allows. Larger parts stream against the budget.
 */
const ONE_GO = 64 * 1024;

/** Made on first use: some hosts load this module where TextDecoder is missing and never read a part (jsdom, IE11). */
let utf8: { decode(data: Uint8Array): string } | undefined;

function u16(b: Uint8Array, at: number): number {
  return b[at] | (b[at + 1] << 8);
}

/** A budget of unpacked bytes shared by several parts (e.g. all worksheets of a workbook). */
export interface Budget {
  left: number;
}

/**
 * The parts of a zip package, unpacked one by one on request. Part names are matched as OPC says, ignoring case.
 * Every part is inflated against a byte budget counted as the bytes come out, so a part that claims to be small
 * in the zip directory but expands without end is stopped while unzipping.
 */
export class ZipParts {
  private readonly byName = new Map<string, ZipEntry>();

  constructor(private readonly bytes: Uint8Array) {
    const entries = zipEntries(bytes);
    if (!entries) throw new PackageError("damaged");
    for (const e of entries) this.byName.set(e.name.toLowerCase(), e);
  }

  names(): string[] {
    return [...this.byName.values()].map((e) => e.name);
  }

  has(name: string): boolean {
    return this.byName.has(name.toLowerCase());
  }

  /** The size the zip directory claims for the part, or 0 when it is absent. */
  declaredSize(name: string): number {
    return this.byName.get(name.toLowerCase())?.uncompressedSize ?? 0;
  }

  /** The part as text (UTF-8), or null when the package has no such part. */
  text(name: string, budget: Budget): string | null {
    const data = this.read(name, budget);
    return data && (utf8 ??= new TextDecoder("utf-8")).decode(data);
  }

  read(name: string, budget: Budget): Uint8Array | null {
    const entry = this.byName.get(name.toLowerCase());
    if (!entry) return null;
    if (entry.uncompressedSize > budget.left) throw new PackageError("too-large");
    const b = this.bytes;
    const at = entry.offset;
    if (
      at + 30 > b.length ||
      (b[at] | (b[at + 1] << 8) | (b[at + 2] << 16) | (b[at + 3] << 24)) >>> 0 !== LOCAL_HEADER
    )
      throw new PackageError("damaged");
    const start = at + 30 + u16(b, at + 26) + u16(b, at + 28);
    const end = start + entry.compressedSize;
    if (end > b.length) throw new PackageError("damaged");
    const raw = b.subarray(start, end);
    let out: Uint8Array;
    if (entry.method === 0) out = raw;
    else if (entry.method === 8)
      out =
        raw.length <= ONE_GO ? inflateAtOnce(raw, entry.uncompressedSize) : inflateWithin(raw, budget.left);
    else throw new PackageError("damaged");
    budget.left -= out.length;
    return out;
  }
}

/**
 * Inflates a part the zip directory says unpacks to `size` bytes, into at most size + 1 bytes (so that a part holding
 * more than it claims is noticed without unpacking it all); throws on anything that is not such deflate data.
 */
export type Inflater = (raw: Uint8Array, size: number) => Uint8Array;

/** fflate's inflate, in JavaScript: what the browser uses. */
export const fflateInflater: Inflater = (raw, size) => inflateSync(raw, { out: new Uint8Array(size + 1) });

let inflater = fflateInflater;

/** Replaces fflate for the small parts, where the host has a faster inflater of its own (Node's zlib). */
export function setInflater(fn: Inflater): void {
  inflater = fn;
}

function inflateAtOnce(raw: Uint8Array, size: number): Uint8Array {
  let out: Uint8Array;
  try {
    out = inflater(raw, size);
  } catch {
    throw new PackageError("damaged");
  }
  if (out.length > size) throw new PackageError("damaged");
  return out;
}

function inflateWithin(raw: Uint8Array, limit: number): Uint8Array {
  const chunks: Uint8Array[] = [];
  let total = 0;
  const inflater = new Inflate((chunk) => {
    total += chunk.length;
    if (total > limit) throw new PackageError("too-large");
    chunks.push(chunk);
  });
  try {
    if (raw.length === 0) inflater.push(raw, true);
    for (let i = 0; i < raw.length; i += STEP)
      inflater.push(raw.subarray(i, i + STEP), i + STEP >= raw.length);
  } catch (e) {
    throw e instanceof PackageError ? e : new PackageError("damaged");
  }
  if (chunks.length === 1) return chunks[0];
  const out = new Uint8Array(total);
  let offset = 0;
  for (const c of chunks) {
    out.set(c, offset);
    offset += c.length;
  }
  return out;
}
