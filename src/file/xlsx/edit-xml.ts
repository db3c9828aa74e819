/** A text edit: replace [start, end) by `text`. Applied from the end, so earlier offsets stay valid. */
export interface Edit {
  start: number;
  end: number;
  text: string;
}

export function applyEdits(xml: string, edits: readonly Edit[]): string {
  let out = xml;
  for (const e of [...edits].sort((a, b) => b.start - a.start || b.end - a.end))
    out = out.slice(0, e.start) + e.text + out.slice(e.end);
  return out;
}

/** Sets (or adds) attribute `name` in the start tag `tag` (its text, from '<' to '>'). */
export function withAttribute(tag: string, name: string, value: string): string {
  const re = new RegExp(`(\\s${name}\\s*=\\s*)("[^"]*"|'[^']*')`);
  if (re.test(tag)) return tag.replace(re, `$1"${value}"`);
  const close = tag.endsWith("/>") ? tag.length - 2 : tag.length - 1;
  return `${tag.slice(0, close).replace(/\s+$/, "")} ${name}="${value}"${tag.slice(close)}`;
}

/** "x:" when the element is written with a prefix. */
export function prefixOf(xml: string, start: number): string {
  const m = /^<([\w.-]+:)?/.exec(xml.slice(start, start + 40));
  return m?.[1] ?? "";
}
