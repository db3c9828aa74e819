/**
 * A strict, small XML tokenizer for the parts of an .xlsx package. Elements come with their local name (the
 * namespace prefix dropped: writers differ in prefixes, never in local names) and raw attributes; text is decoded.
 * It refuses what a workbook part never needs and an attacker would use: a DOCTYPE (and so any entity
 * definition or expansion) and undefined entities. Unbalanced or unclosed tags are errors, as in any XML parser.
 * Written for speed on SpreadsheetML (saxes, used as the reference in the tests, is several times slower).
 */
export class XmlError extends Error {}

/** Handlers get the tag's offsets in the text (start at '<', end after '>') for editors that rewrite in place. */
export interface XmlHandler {
  open(name: string, attrs: Record<string, string>, selfClosing: boolean, start: number, end: number): void;
  close?(name: string, start: number, end: number): void;
  text?(text: string): void;
}

const PREDEFINED: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };
const LT = 60;

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
function lines(raw: string): string {
  return raw.indexOf("\r") < 0 ? raw : raw.replace(/\r\n?/g, "\n");
}

function localName(qname: string): string {
  const colon = qname.indexOf(":");
  return colon < 0 ? qname : qname.slice(colon + 1);
}

function badAttribute(): never {
  throw new XmlError("bad attribute");
}

/** The attributes between `from` and `to` of a start tag, scanned in place (the hot path of every cell). */
function parseAttributes(xml: string, from: number, to: number): Record<string, string> {
  const attrs: Record<string, string> = {};
  let i = from;
  for (;;) {
    while (i < to && isSpace(xml.charCodeAt(i))) i++;
    if (i >= to) return attrs;
    const nameStart = i;
    while (i < to && xml.charCodeAt(i) !== 61 && !isSpace(xml.charCodeAt(i))) i++;
    const name = xml.slice(nameStart, i);
    while (i < to && isSpace(xml.charCodeAt(i))) i++;
    if (name === "" || xml.charCodeAt(i) !== 61) badAttribute();
    i++;
    while (i < to && isSpace(xml.charCodeAt(i))) i++;
    const quote = xml.charCodeAt(i);
    if (quote !== 34 && quote !== 39) badAttribute();
    const close = xml.indexOf(quote === 34 ? '"' : "'", i + 1);
    if (close < 0 || close >= to) badAttribute();
    const raw = xml.slice(i + 1, close);
    if (raw.indexOf("<") >= 0) throw new XmlError("'<' in attribute");
    // Literal tabs and line breaks in an attribute are spaces (XML's attribute-value normalization); &#10; stays.
    attrs[name] = /[&\t\n\r]/.test(raw) ? decodeEntities(lines(raw).replace(/[\t\n]/g, " ")) : raw;
    i = close + 1;
    if (i < to && !isSpace(xml.charCodeAt(i))) badAttribute();
  }
}

const NO_ATTRIBUTES: Record<string, string> = Object.freeze({}) as Record<string, string>;

/** Calls `handler` for every element and text run of `xml`, in document order; throws XmlError if it is not well-formed. */
export function tokenize(xml: string, handler: XmlHandler): void {
  const stack: string[] = [];
  let rootSeen = false;
  let at = xml.charCodeAt(0) === 0xfeff ? 1 : 0;
  const n = xml.length;
  while (at < n) {
    const lt = xml.indexOf("<", at);
    const textEnd = lt < 0 ? n : lt;
    if (textEnd > at) {
      const raw = xml.slice(at, textEnd);
      if (stack.length === 0) {
        if (raw.trim() !== "") throw new XmlError("text outside the root element");
      } else if (handler.text) handler.text(decodeEntities(lines(raw)));
      else if (raw.indexOf("&") >= 0) decodeEntities(raw);
    }
    if (lt < 0) break;
    const next = xml.charCodeAt(lt + 1);
    if (next === 33 /* ! */) {
      if (xml.startsWith("<!--", lt)) {
        const end = xml.indexOf("-->", lt + 4);
        if (end < 0) throw new XmlError("unclosed comment");
        at = end + 3;
      } else if (xml.startsWith("<![CDATA[", lt)) {
        if (stack.length === 0) throw new XmlError("CDATA outside the root element");
        const end = xml.indexOf("]]>", lt + 9);
        if (end < 0) throw new XmlError("unclosed CDATA");
        handler.text?.(lines(xml.slice(lt + 9, end)));
        at = end + 3;
      } else {
        // <!DOCTYPE …>: entity definitions are where billion-laughs and external-entity attacks live.
        throw new XmlError("DOCTYPE is not allowed");
      }
    } else if (next === 63 /* ? */) {
      const end = xml.indexOf("?>", lt + 2);
      if (end < 0) throw new XmlError("unclosed processing instruction");
      at = end + 2;
    } else if (next === 47 /* / */) {
      const end = xml.indexOf(">", lt + 2);
      if (end < 0) throw new XmlError("unclosed end tag");
      const qname = xml.slice(lt + 2, end).trim();
      if (stack.pop() !== qname) throw new XmlError(`unexpected </${qname}>`);
      handler.close?.(localName(qname), lt, end + 1);
      at = end + 1;
    } else {
      const end = findTagEnd(xml, lt + 1);
      const selfClosing = xml.charCodeAt(end - 1) === 47;
      const bodyEnd = selfClosing ? end - 1 : end;
      let nameEnd = lt + 1;
      while (nameEnd < bodyEnd && !isSpace(xml.charCodeAt(nameEnd))) nameEnd++;
      const qname = xml.slice(lt + 1, nameEnd);
      if (qname === "") throw new XmlError("bad start tag");
      if (stack.length === 0) {
        if (rootSeen) throw new XmlError("second root element");
        rootSeen = true;
      }
      const attrs = nameEnd < bodyEnd ? parseAttributes(xml, nameEnd, bodyEnd) : NO_ATTRIBUTES;
      const name = localName(qname);
      handler.open(name, attrs, selfClosing, lt, end + 1);
      if (selfClosing) handler.close?.(name, lt, end + 1);
      else stack.push(qname);
      at = end + 1;
    }
  }
  if (stack.length > 0) throw new XmlError(`unclosed <${stack[stack.length - 1]}>`);
  if (!rootSeen) throw new XmlError("no root element");
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13;
}

/** The index of the '>' that ends the start tag opened before `from`, skipping quoted attribute values. */
function findTagEnd(xml: string, from: number): number {
  let quote = 0;
  for (let i = from; i < xml.length; i++) {
    const c = xml.charCodeAt(i);
    if (quote) {
      if (c === quote) quote = 0;
    } else if (c === 34 || c === 39) quote = c;
    else if (c === 62) return i;
    else if (c === LT) throw new XmlError("'<' in a start tag");
  }
  throw new XmlError("unclosed start tag");
}
