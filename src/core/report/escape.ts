/** Text for HTML element content and quoted attribute values. */
export function escapeHtml(s: string | number | null | undefined): string {
  if (s === null || s === undefined) return "";
  return String(s).replace(/[&<>"'`]/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * A CSV field that a spreadsheet will not run as a formula: text starting with = + - @ tab or CR gets a leading
 * apostrophe. Numbers are left alone so that negative figures stay numbers.
 */
export function csvCell(v: string | number | null | undefined): string {
  if (v === null || v === undefined) return "";
  if (typeof v === "number") return String(v);
  const safe = /^[=+\-@\t\r]/.test(v) ? `'${v}` : v;
  return /[",\r\n]/.test(safe) || safe !== v ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** CSV text with a BOM so that Excel opens the Chinese text as UTF-8. */
export function toCsv(rows: ReadonlyArray<ReadonlyArray<string | number | null | undefined>>): string {
  return `\ufeff${rows.map((r) => r.map(csvCell).join(",")).join("\r\n")}\r\n`;
}
