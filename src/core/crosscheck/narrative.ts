/** The clerk's report text as lines, headings and sentences. */

export interface NarrativeLine {
  text: string;
  /** 「三」 for a heading line 「三、……」. */
  headingNumber?: string;
  /** The heading without its number and spaces. */
  headingText?: string;
}

const HEADING = /^([一二三四五六七八九十]{1,3})[、.．]\s*(.+)$/;
/** The attached statistics table starts here; its labels are not narrative. */
const TABLE_START = /^(?:附件|附表)|统计表\s*$|^(?:\d{4}年度?)?政府信息公开(?:工作)?情况统计表/;

export function narrativeLines(text: string): NarrativeLine[] {
  const out: NarrativeLine[] = [];
  for (const raw of text.replace(/\r\n?/g, "\n").split("\n")) {
    const line = raw.replace(/\[bookmark:[^\]]*\]/g, "").replace(/^[\s\u3000]+|[\s\u3000]+$/g, "");
    if (!line) continue;
    if (line.length <= 40 && TABLE_START.test(line)) break;
    const m = HEADING.exec(line);
    const heading = m && line.length <= 40 && !/[。；]$/.test(line);
    out.push(
      heading
        ? { text: line, headingNumber: m[1], headingText: m[2].replace(/[\s\u3000]/g, "") }
        : { text: line },
    );
  }
  return out;
}

/** Sentences with their closing punctuation (no look-behind: older Safari webviews of Office for Mac lack it). */
export function sentences(line: string): string[] {
  return (line.match(/[^。；！？!?;]+[。；！？!?;]*|[。；！？!?;]+/g) ?? [])
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}
