/** Thrown for any part that is not well-formed XML, or that uses what a workbook part never needs (a DOCTYPE). */
export class XmlError extends Error {}

const PREDEFINED: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

/** Decodes the five predefined entities and character references; anything else is not well-formed here. */
export function decodeEntities(raw: string): string {
  if (raw.indexOf("&") < 0) return raw;
  return raw.replace(/&([^;&]*);?/g, (whole, name: string) => {
    if (!whole.endsWith(";")) throw new XmlError("unterminated entity");
    if (name[0] === "#") {
      const code = name[1] === "x" ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      if (!Number.isFinite(code) || code < 1 || code > 0x10ffff) throw new XmlError(`bad character ${whole}`);
      return String.fromCodePoint(code);
    }
    const value = PREDEFINED[name];
    if (value === undefined) throw new XmlError(`undefined entity ${whole}`);
    return value;
  });
}

/** XML reads every line break as \n. */
export function lines(raw: string): string {
  return raw.indexOf("\r") < 0 ? raw : raw.replace(/\r\n?/g, "\n");
}

/** XML's whitespace: space, tab, line feed, carriage return. */
export function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13;
}
