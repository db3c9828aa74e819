import { readPlainSharedStrings } from "./plain-shared-strings";
import { scan } from "./xml";

/**
 * The shared string table: each item's text as Excel shows it. Rich text is the runs' text joined; phonetic runs
 * (rPh, the furigana/pinyin guides above the text) are not part of the text.
 */
export function sharedStrings(xml: string): string[] {
  let out: string[] = [];
  let current = "";
  let inItem = false;
  let inPhonetic = false;
  let inText = false;

  /** Where the plain reader left the table it read whole; undefined when it did not. */
  const readPlainly = (selfClosing: boolean, start: number, end: number): number | undefined => {
    // Unprefixed, as every writer we know writes it; the general reading below takes whatever else comes.
    if (selfClosing || !xml.startsWith("<sst", start)) return undefined;
    const plain = readPlainSharedStrings(xml, end);
    if (!plain) return undefined;
    out = plain.items;
    return plain.end;
  };

  scan(xml, {
    open(name, _attrs, selfClosing, start, end) {
      if (name === "sst") return readPlainly(selfClosing, start, end);
      if (name === "si") {
        inItem = true;
        current = "";
      } else if (name === "rPh") inPhonetic = true;
      else if (name === "t") inText = inItem && !inPhonetic;
      return undefined;
    },
    close(name) {
      if (name === "si") {
        out.push(current);
        inItem = false;
      } else if (name === "rPh") inPhonetic = false;
      else if (name === "t") inText = false;
    },
    text(text) {
      if (inText) current += text;
    },
  });
  return out;
}
