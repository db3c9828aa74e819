import { type Form, NORMALIZED_RANGES, normalizeTable } from "./normalize-table";

/**
 * String.prototype.normalize for IE11, for the two forms the engine uses: NFKC (labels and numbers typed in
 * full-width forms) and NFC. Code point by code point over the ranges of normalize-table.ts, which cover what
 * Chinese office text holds; text outside them (combining accents, other scripts) is left as it is.
 */
const tables: Partial<Record<Form, Record<string, string>>> = {};

const CHANGEABLE = new RegExp(
  `[${NORMALIZED_RANGES.map(([from, to]) => `\\u${hex(from)}-\\u${hex(to)}`).join("")}]`,
  "g",
);

function hex(code: number): string {
  return `000${code.toString(16)}`.slice(-4);
}

export function normalizeCompat(text: string, form: string = "NFC"): string {
  if (form !== "NFC" && form !== "NFKC") {
    throw new RangeError(`normalize: the legacy pane has no ${form} (only NFC and NFKC)`);
  }
  const table = tables[form] ?? (tables[form] = normalizeTable(form));
  return text.replace(CHANGEABLE, (ch) => table[ch] ?? ch);
}

export function installNormalize(): void {
  if (typeof String.prototype.normalize === "function") return;
  Object.defineProperty(String.prototype, "normalize", {
    configurable: true,
    writable: true,
    value: function normalize(this: string, form?: string): string {
      return normalizeCompat(String(this), form === undefined ? "NFC" : String(form));
    },
  });
}

// On import, so that it is in place before any later import of the entry runs.
installNormalize();
