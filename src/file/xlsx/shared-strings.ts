import { scan } from "./xml";

/**
 * The shared string table: each item's text as Excel shows it. Rich text is the runs' text joined; phonetic runs
 * (rPh, the furigana/pinyin guides above the text) are not part of the text.
 */
export function sharedStrings(xml: string): string[] {
  const out: string[] = [];
  let current = "";
  let inItem = false;
  let inPhonetic = false;
  let inText = false;
  scan(xml, {
    open(name) {
      if (name === "si") {
        inItem = true;
        current = "";
      } else if (name === "rPh") inPhonetic = true;
      else if (name === "t") inText = inItem && !inPhonetic;
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
