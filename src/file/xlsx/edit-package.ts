const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/** Appends relationships to a .rels part (or a new one), with ids unused in it; returns the ids. */
export function addRelationships(
  xml: string | null,
  rels: ReadonlyArray<{ type: string; target: string }>,
): { xml: string; ids: string[] } {
  const source =
    xml ??
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>`;
  const taken = new Set([...source.matchAll(/\sId="([^"]*)"/g)].map((m) => m[1]));
  const ids: string[] = [];
  let n = 1;
  const entries = rels.map((r) => {
    while (taken.has(`rIdNb${n}`)) n++;
    const id = `rIdNb${n++}`;
    ids.push(id);
    return `<Relationship Id="${id}" Type="${REL}/${r.type}" Target="${r.target}"/>`;
  });
  const close = source.lastIndexOf("</Relationships>");
  return { xml: source.slice(0, close) + entries.join("") + source.slice(close), ids };
}

/** [Content_Types].xml with `entries` (<Default …/> and <Override …/> elements) added, Defaults before Overrides. */
export function addContentTypes(types: string, entries: readonly string[]): string {
  const defaults = entries.filter((c) => c.startsWith("<Default")).join("");
  const overrides = entries.filter((c) => c.startsWith("<Override")).join("");
  const firstOverride = types.search(/<(\w+:)?Override\b/);
  const withDefaults =
    firstOverride < 0 ? types : types.slice(0, firstOverride) + defaults + types.slice(firstOverride);
  const at = withDefaults.lastIndexOf("</");
  return withDefaults.slice(0, at) + (firstOverride < 0 ? defaults : "") + overrides + withDefaults.slice(at);
}
