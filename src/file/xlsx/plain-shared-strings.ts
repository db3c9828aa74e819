/**
 * The items of a shared string table as Excel, WPS, LibreOffice and exceljs write plain text: `<si><t>…</t></si>`,
 * the t with xml:space="preserve" or without, the text without markup, entities or carriage returns. Read with
 * indexOf, without the general tokenizer and its handler calls (the table of a filled-in form is most of its
 * non-cell XML). Anything else (rich text, phonetic runs, an entity, an empty item, whitespace between items, a
 * prefix) makes it give up, and the general reader (shared-strings.ts) reads the table again.
 */
export interface PlainSharedStrings {
  items: string[];
  /** The index after </sst>. */
  end: number;
}

const ITEM = "<si><t>";
const PRESERVED_ITEM = '<si><t xml:space="preserve">';
const ITEM_END = "</t></si>";

/** Reads the content of <sst> from `from` (after its start tag); null when it is not plain (see above). */
export function readPlainSharedStrings(xml: string, from: number): PlainSharedStrings | null {
  const items: string[] = [];
  let i = from;
  for (;;) {
    if (xml.startsWith("</sst>", i)) return { items, end: i + "</sst>".length };
    let start: number;
    if (xml.startsWith(ITEM, i)) start = i + ITEM.length;
    else if (xml.startsWith(PRESERVED_ITEM, i)) start = i + PRESERVED_ITEM.length;
    else return null;
    const end = xml.indexOf(ITEM_END, start);
    if (end <= start) return null;
    for (let k = start; k < end; k++) {
      const c = xml.charCodeAt(k);
      // '<': a run or a phonetic guide inside the item; '&': an entity; CR: a line break XML reads as LF.
      if (c === 60 || c === 38 || c === 13) return null;
    }
    items.push(xml.slice(start, end));
    i = end + ITEM_END.length;
  }
}
