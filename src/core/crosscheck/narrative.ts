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

function heading(number: string, text: string): NarrativeLine {
  return { text: `${number}、${text}`, headingNumber: number, headingText: text.replace(/[\s\u3000]/g, "") };
}

/**
 * A line split where a known heading stands inside it: text copied from a web page or a PDF loses its line breaks
 * (「…联系。一、总体情况 2024年，…」). Only the format's own wordings split a line, so 「一是…」 or an enumeration
 * 「二、完善制度」 inside a paragraph stays text.
 */
function splitInline(line: string, inline: RegExp | null): NarrativeLine[] | null {
  if (!inline) return null;
  const out: NarrativeLine[] = [];
  let last = 0;
  for (const m of line.matchAll(inline)) {
    const start = (m.index ?? 0) + m[1].length;
    const before = line.slice(last, start).trim();
    if (before) out.push({ text: before });
    out.push(heading(m[2], m[3]));
    last = (m.index ?? 0) + m[0].length;
  }
  if (out.length === 0) return null;
  const rest = line.slice(last).replace(/^[\s\u3000]+/, "");
  if (rest) out.push({ text: rest });
  return out;
}

/** `wordings`: regular expressions of the headings the format knows, found also inside a line. */
export function narrativeLines(text: string, wordings: readonly string[] = []): NarrativeLine[] {
  const inline =
    wordings.length > 0
      ? new RegExp(
          `(^|[。；;！？!?\\s\\u3000])([一二三四五六七八九十]{1,2})[、.．][\\s\\u3000]*(${wordings.join("|")})`,
          "g",
        )
      : null;
  const out: NarrativeLine[] = [];
  for (const raw of text.replace(/\r\n?/g, "\n").split("\n")) {
    const line = raw.replace(/\[bookmark:[^\]]*\]/g, "").replace(/^[\s\u3000]+|[\s\u3000]+$/g, "");
    if (!line) continue;
    if (line.length <= 40 && TABLE_START.test(line)) break;
    const split = splitInline(line, inline);
    if (split) {
      out.push(...split);
      continue;
    }
    const m = HEADING.exec(line);
    out.push(m && line.length <= 40 && !/[。；]$/.test(line) ? heading(m[1], m[2]) : { text: line });
  }
  return out;
}

/** Sentences with their closing punctuation (no look-behind: older Safari webviews of Office for Mac lack it). */
export function sentences(line: string): string[] {
  return (line.match(/[^。；！？!?;]+[。；！？!?;]*|[。；！？!?;]+/g) ?? [])
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}
