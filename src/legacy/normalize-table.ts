/**
 * Where String.prototype.normalize changes text that clerks' tables hold: Latin-1 (no-break space, ²), general
 * punctuation, letterlike symbols (℃, №), number forms (Ⅱ), enclosed numbers (①, ⑴, ⒈), Kangxi radicals (⼀),
 * CJK symbols and enclosed ideographs (U+3000, ㈠, ㊀, ㎡), CJK compatibility ideographs, vertical and small forms, and
 * full-width/half-width forms (１２３, （一）, ．). IE11 has no normalize; src/legacy/polyfill-normalize.ts maps
 * these code points one by one.
 */
export const NORMALIZED_RANGES: ReadonlyArray<readonly [number, number]> = [
  [0x00a0, 0x00ff],
  [0x2000, 0x33ff],
  [0xf900, 0xfaff],
  [0xfe10, 0xfe6f],
  [0xff00, 0xffef],
];

export type Form = "NFC" | "NFKC";

/**
 * Each code point of NORMALIZED_RANGES that the form changes, with what it becomes. Computed here with the
 * runtime's own normalize; in the legacy bundle this module is replaced by the table that Node computed at build
 * time (scripts/legacy/build-time-loader.js), so IE11 gets the same answers without Unicode data of its own.
 */
export function normalizeTable(form: Form): Record<string, string> {
  const table: Record<string, string> = {};
  for (const [from, to] of NORMALIZED_RANGES) {
    for (let c = from; c <= to; c++) {
      const ch = String.fromCharCode(c);
      const normalized = ch.normalize(form);
      if (normalized !== ch) table[ch] = normalized;
    }
  }
  return table;
}
