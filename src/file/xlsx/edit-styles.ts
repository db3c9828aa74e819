import { applyEdits, type Edit, prefixOf, withAttribute } from "./edit-xml";
import { tokenize } from "./xml";

interface ListSpan {
  start: number;
  end: number;
  closeStart: number;
  selfClosing: boolean;
}

/**
 * Adds cell formats to styles.xml: for each requested (existing format index, fill colour) a copy of that format
 * with a solid fill of the colour, so the marked cell keeps its font, border, number format and alignment. Only
 * the fills and cellXfs lists change (entries appended, counts updated); the rest of the part stays as it was.
 */
export function addFilledFormats(
  xml: string,
  requests: ReadonlyArray<{ xf: number; argb: string }>,
): { xml: string; index: Map<string, number> } {
  const xfTags: Array<{ start: number; end: number; selfClosing: boolean }> = [];
  const found: { fills?: ListSpan; cellXfs?: ListSpan } = {};
  let fillCount = 0;
  let where = "";
  tokenize(xml, {
    open(name, _attrs, selfClosing, start, end) {
      if (name === "fills" || name === "cellXfs") {
        found[name] = { start, end, closeStart: end, selfClosing };
        if (!selfClosing) where = name;
      } else if (name === "fill" && where === "fills") fillCount++;
      else if (name === "xf" && where === "cellXfs") xfTags.push({ start, end, selfClosing });
    },
    close(name, start) {
      const list = name === "fills" || name === "cellXfs" ? found[name] : undefined;
      if (list && where === name) {
        list.closeStart = start;
        where = "";
      }
    },
  });
  const f = found.fills;
  const x = found.cellXfs;
  if (!f || !x || f.selfClosing || x.selfClosing) throw new Error("styles.xml without fills or cellXfs");
  const p = prefixOf(xml, f.start);
  const colours = [...new Set(requests.map((r) => r.argb))];
  const fillIndex = new Map(colours.map((c, i) => [c, fillCount + i]));
  const newFills = colours
    .map(
      (c) =>
        `<${p}fill><${p}patternFill patternType="solid"><${p}fgColor rgb="${c}"/><${p}bgColor indexed="64"/></${p}patternFill></${p}fill>`,
    )
    .join("");

  // The whole <xf …>…</xf> of each format, to copy its children (alignment, protection) too.
  const xfText = (i: number): string => {
    const t = xfTags[i] ?? xfTags[0];
    if (!t) return `<${p}xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>`;
    if (t.selfClosing) return xml.slice(t.start, t.end);
    const close = xml.indexOf("xf>", t.end);
    return xml.slice(t.start, close + 3);
  };
  const index = new Map<string, number>();
  const added: string[] = [];
  for (const r of requests) {
    const key = `${r.xf}|${r.argb}`;
    if (index.has(key)) continue;
    const text = xfText(r.xf);
    const tagEnd = text.indexOf(">") + 1;
    const tag = withAttribute(
      withAttribute(text.slice(0, tagEnd), "fillId", String(fillIndex.get(r.argb))),
      "applyFill",
      "1",
    );
    added.push(tag + text.slice(tagEnd));
    index.set(key, xfTags.length + added.length - 1);
  }
  const edits: Edit[] = [
    { start: f.closeStart, end: f.closeStart, text: newFills },
    {
      start: f.start,
      end: f.end,
      text: withAttribute(xml.slice(f.start, f.end), "count", String(fillCount + colours.length)),
    },
    { start: x.closeStart, end: x.closeStart, text: added.join("") },
    {
      start: x.start,
      end: x.end,
      text: withAttribute(xml.slice(x.start, x.end), "count", String(xfTags.length + added.length)),
    },
  ];
  return { xml: applyEdits(xml, edits), index };
}
