/**
 * A strict, small XML tokenizer for the parts of an .xlsx package. Elements come with their local name (the
 * namespace prefix dropped: writers differ in prefixes, never in local names) and their attributes; text is decoded.
 * It refuses what a workbook part never needs and an attacker would use: a DOCTYPE (and so any entity
 * definition or expansion) and undefined entities. Unbalanced or unclosed tags are errors, as in any XML parser.
 * Written for speed on SpreadsheetML (saxes, used as the reference in the tests, is several times slower): every
 * attribute is checked as it passes, but no attribute becomes a string unless a reader asks for it.
 */
import { Attributes } from "./xml-attributes";
import { decodeEntities, isSpace, lines, XmlError } from "./xml-text";

export { Attributes } from "./xml-attributes";
export { decodeEntities, XmlError } from "./xml-text";

/**
 * Handlers get the tag's offsets in the text (start at '<', end after '>') for editors that rewrite in place. A
 * handler that read an element's content and end tag itself returns the index after that end tag from open(),
 * and the scan goes on from there without reporting what it skipped.
 */
export interface ElementHandler {
  open(name: string, attrs: Attributes, selfClosing: boolean, start: number, end: number): number | void;
  close?(name: string, start: number, end: number): void;
  text?(text: string): void;
}

/** The same with the attributes as a plain record, for readers and editors that are not on a hot path. */
export interface XmlHandler {
  open(name: string, attrs: Record<string, string>, selfClosing: boolean, start: number, end: number): void;
  close?(name: string, start: number, end: number): void;
  text?(text: string): void;
}

export function tokenize(xml: string, handler: XmlHandler): void {
  scan(xml, {
    open: (name, attrs, selfClosing, start, end) =>
      handler.open(name, attrs.record(), selfClosing, start, end),
    close: handler.close && ((name, start, end) => handler.close!(name, start, end)),
    text: handler.text && ((text) => handler.text!(text)),
  });
}

function badAttribute(): never {
  throw new XmlError("bad attribute");
}

/** Calls `handler` for every element and text run of `xml`, in document order; throws XmlError if it is not well-formed. */
export function scan(xml: string, handler: ElementHandler): void {
  const qnames: string[] = [];
  const locals: string[] = [];
  const attrs = new Attributes();
  let rootSeen = false;
  let at = xml.charCodeAt(0) === 0xfeff ? 1 : 0;
  const n = xml.length;
  // Character loops rather than indexOf: in SpreadsheetML the next '<' or quote is a few characters away, nearer
  // than a call to a built-in pays off.
  while (at < n) {
    let lt = at;
    let amp = false;
    let cr = false;
    for (; lt < n; lt++) {
      const c = xml.charCodeAt(lt);
      if (c === 60) break;
      if (c === 38) amp = true;
      else if (c === 13) cr = true;
    }
    if (lt > at) {
      const raw = xml.slice(at, lt);
      if (qnames.length === 0) {
        if (raw.trim() !== "") throw new XmlError("text outside the root element");
      } else if (handler.text) {
        const text = cr ? lines(raw) : raw;
        handler.text(amp ? decodeEntities(text) : text);
      } else if (amp) decodeEntities(raw);
    }
    if (lt >= n) break;
    const next = xml.charCodeAt(lt + 1);
    if (next === 33 /* ! */) {
      if (xml.startsWith("<!--", lt)) {
        const end = xml.indexOf("-->", lt + 4);
        if (end < 0) throw new XmlError("unclosed comment");
        at = end + 3;
      } else if (xml.startsWith("<![CDATA[", lt)) {
        if (qnames.length === 0) throw new XmlError("CDATA outside the root element");
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
      const qname = qnames.pop();
      if (qname === undefined) throw new XmlError("end tag outside the root element");
      let end = lt + 2;
      for (let k = 0; k < qname.length; k++, end++)
        if (xml.charCodeAt(end) !== qname.charCodeAt(k))
          throw new XmlError(`unexpected end tag for <${qname}>`);
      while (end < n && isSpace(xml.charCodeAt(end))) end++;
      if (xml.charCodeAt(end) !== 62) throw new XmlError(`unexpected end tag for <${qname}>`);
      handler.close?.(locals.pop()!, lt, end + 1);
      at = end + 1;
    } else {
      at = startTag(xml, lt, attrs);
      const end = at - 1;
      const selfClosing = xml.charCodeAt(end - 1) === 47;
      if (qnames.length === 0) {
        if (rootSeen) throw new XmlError("second root element");
        rootSeen = true;
      }
      const qname = xml.slice(lt + 1, tagName.end);
      const name = tagName.colon < 0 ? qname : xml.slice(tagName.colon + 1, tagName.end);
      const skipTo = handler.open(name, attrs, selfClosing, lt, at);
      if (typeof skipTo === "number" && !selfClosing) at = skipTo;
      else if (selfClosing) handler.close?.(name, lt, at);
      else {
        qnames.push(qname);
        locals.push(name);
      }
    }
  }
  if (qnames.length > 0) throw new XmlError(`unclosed <${qnames[qnames.length - 1]}>`);
  if (!rootSeen) throw new XmlError("no root element");
}

/** Where the name of the last start tag read ends, and its prefix's colon (-1: none). */
const tagName = { end: 0, colon: -1 };

/**
 * Reads the start tag at `lt` (its name into tagName, its attributes into `attrs`, each checked) and returns the
 * index after its '>'.
 */
function startTag(xml: string, lt: number, attrs: Attributes): number {
  const n = xml.length;
  let i = lt + 1;
  let colon = -1;
  for (; i < n; i++) {
    const c = xml.charCodeAt(i);
    if (c === 62 || c === 47 || isSpace(c)) break;
    if (c === 58) colon = i;
    else if (c === 60) throw new XmlError("'<' in a start tag");
  }
  if (i === lt + 1) throw new XmlError("bad start tag");
  tagName.end = i;
  tagName.colon = colon;
  attrs.reset(xml);
  for (;;) {
    const before = i;
    while (i < n && isSpace(xml.charCodeAt(i))) i++;
    if (i >= n) throw new XmlError("unclosed start tag");
    const c = xml.charCodeAt(i);
    if (c === 62) return i + 1;
    if (c === 47) {
      if (xml.charCodeAt(i + 1) !== 62) throw new XmlError("bad start tag");
      return i + 2;
    }
    if (i === before) badAttribute();
    const nameStart = i;
    for (; i < n; i++) {
      const d = xml.charCodeAt(i);
      if (d === 61 || d === 62 || d === 47 || d === 60 || isSpace(d)) break;
    }
    const nameEnd = i;
    while (i < n && isSpace(xml.charCodeAt(i))) i++;
    if (nameEnd === nameStart || xml.charCodeAt(i) !== 61) badAttribute();
    i++;
    while (i < n && isSpace(xml.charCodeAt(i))) i++;
    const quote = xml.charCodeAt(i);
    if (quote !== 34 && quote !== 39) badAttribute();
    let close = i + 1;
    let amp = false;
    let space = false;
    for (; close < n; close++) {
      const d = xml.charCodeAt(close);
      if (d === quote) break;
      if (d === 60) throw new XmlError("'<' in attribute");
      if (d === 38) amp = true;
      else if (d === 9 || d === 10 || d === 13) space = true;
    }
    if (close >= n) throw new XmlError("unclosed start tag");
    // A value with an entity is decoded now, so that a bad one is refused whether or not it is read.
    if (amp) decodeEntities(xml.slice(i + 1, close));
    attrs.add(nameStart, nameEnd, i + 1, close, amp || space);
    i = close + 1;
  }
}
