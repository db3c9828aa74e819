/**
 * A strict, small XML tokenizer for the parts of an .xlsx package. Elements come with their local name (the
 * namespace prefix dropped: writers differ in prefixes, never in local names) and their attributes; text is decoded.
 * It refuses what a workbook part never needs and an attacker would use: a DOCTYPE (and so any entity
 * definition or expansion) and undefined entities. Unbalanced or unclosed tags are errors, as in any XML parser.
 * Written for speed on SpreadsheetML (saxes, used as the reference in the tests, is several times slower): every
 * attribute is checked as it passes, but no attribute becomes a string unless a reader asks for it.
 */
import { Attributes } from "./xml-attributes";
import { decodeEntities, lines, XmlError } from "./xml-text";

export { Attributes } from "./xml-attributes";
export { decodeEntities, XmlError } from "./xml-text";

/** Handlers get the tag's offsets in the text (start at '<', end after '>') for editors that rewrite in place. */
export interface ElementHandler {
  open(name: string, attrs: Attributes, selfClosing: boolean, start: number, end: number): void;
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

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13;
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
  /** The next '<' at or after `at`, when a start tag has already looked for it (-1: none left). */
  let knownLt = -2;
  /** The next '&' in the text (n: none left), so that attribute values are searched for entities once. */
  let nextAmp = -1;
  while (at < n) {
    const lt = knownLt >= at || knownLt === -1 ? knownLt : xml.indexOf("<", at);
    const textEnd = lt < 0 ? n : lt;
    if (textEnd > at) {
      const raw = xml.slice(at, textEnd);
      if (qnames.length === 0) {
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
        if (qnames.length === 0) throw new XmlError("CDATA outside the root element");
        const end = xml.indexOf("]]>", lt + 9);
        if (end < 0) throw new XmlError("unclosed CDATA");
        handler.text?.(lines(xml.slice(lt + 9, end)));
        at = end + 3;
      } else {
        // <!DOCTYPE …>: entity definitions are where billion-laughs and external-entity attacks live.
        throw new XmlError("DOCTYPE is not allowed");
      }
      knownLt = -2;
    } else if (next === 63 /* ? */) {
      const end = xml.indexOf("?>", lt + 2);
      if (end < 0) throw new XmlError("unclosed processing instruction");
      at = end + 2;
      knownLt = -2;
    } else if (next === 47 /* / */) {
      const qname = qnames.pop();
      if (qname === undefined || !xml.startsWith(qname, lt + 2)) throw new XmlError("unexpected end tag");
      let end = lt + 2 + qname.length;
      while (end < n && isSpace(xml.charCodeAt(end))) end++;
      if (xml.charCodeAt(end) !== 62) throw new XmlError(`unexpected end tag for <${qname}>`);
      handler.close?.(locals.pop()!, lt, end + 1);
      at = end + 1;
      knownLt = -2;
    } else {
      // Nothing of a start tag may follow the next '<': it ends, quoted values included, before it.
      const limit = ((knownLt = xml.indexOf("<", lt + 1)) < 0 ? n : knownLt) - 1;
      let i = lt + 1;
      for (; i <= limit; i++) {
        const c = xml.charCodeAt(i);
        if (c === 62 || c === 47 || isSpace(c)) break;
      }
      if (i === lt + 1) throw new XmlError("bad start tag");
      const qname = xml.slice(lt + 1, i);
      attrs.reset(xml);
      let end: number;
      let selfClosing = false;
      for (;;) {
        const before = i;
        while (i <= limit && isSpace(xml.charCodeAt(i))) i++;
        if (i > limit) throw new XmlError(knownLt < 0 ? "unclosed start tag" : "'<' in a start tag");
        const c = xml.charCodeAt(i);
        if (c === 62) {
          end = i;
          break;
        }
        if (c === 47) {
          if (xml.charCodeAt(i + 1) !== 62) throw new XmlError("bad start tag");
          end = i + 1;
          selfClosing = true;
          break;
        }
        if (i === before) badAttribute();
        const nameStart = i;
        while (i <= limit) {
          const d = xml.charCodeAt(i);
          if (d === 61 || d === 62 || d === 47 || isSpace(d)) break;
          i++;
        }
        const nameEnd = i;
        while (i <= limit && isSpace(xml.charCodeAt(i))) i++;
        if (nameEnd === nameStart || xml.charCodeAt(i) !== 61) badAttribute();
        i++;
        while (i <= limit && isSpace(xml.charCodeAt(i))) i++;
        const quote = xml.charCodeAt(i);
        if (quote !== 34 && quote !== 39) badAttribute();
        const close = xml.indexOf(quote === 34 ? '"' : "'", i + 1);
        if (close < 0 || close > limit)
          throw new XmlError(knownLt < 0 ? "unclosed start tag" : "'<' in attribute");
        if (nextAmp >= 0 && nextAmp <= i) nextAmp = -1;
        if (nextAmp < 0) {
          nextAmp = xml.indexOf("&", i + 1);
          if (nextAmp < 0) nextAmp = n;
        }
        // A value with an entity is decoded now, so that a bad one is refused whether or not it is read.
        if (nextAmp < close) decodeEntities(xml.slice(i + 1, close));
        attrs.add(nameStart, nameEnd, i + 1, close);
        i = close + 1;
      }
      if (qnames.length === 0) {
        if (rootSeen) throw new XmlError("second root element");
        rootSeen = true;
      }
      const colon = qname.indexOf(":");
      const name = colon < 0 ? qname : qname.slice(colon + 1);
      handler.open(name, attrs, selfClosing, lt, end + 1);
      if (selfClosing) handler.close?.(name, lt, end + 1);
      else {
        qnames.push(qname);
        locals.push(name);
      }
      at = end + 1;
    }
  }
  if (qnames.length > 0) throw new XmlError(`unclosed <${qnames[qnames.length - 1]}>`);
  if (!rootSeen) throw new XmlError("no root element");
}
