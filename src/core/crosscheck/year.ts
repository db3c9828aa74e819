/** The year a report's text says it is about: in its title, and in its 统计期限. */

import { type NarrativeLine, sentences } from "./narrative";

export interface YearQuote {
  year: number;
  /** The words as the report writes them. */
  quote: string;
}

export interface NarrativeYears {
  title?: YearQuote;
  /** Every year the 统计期限 names (「自2025年1月1日起至2025年12月31日止」 names one). */
  period?: YearQuote & { years: number[] };
}

const TITLE =
  /((?:19|20)\d{2})\s*年度?\s*(?:本级)?(?:政府信息公开|政务公开)(?:工作)?(?:年度)?(?:报告|年报|情况的?报告)/;
/** A sentence of the preamble that names the report itself (「现公布我局2022年政府信息公开工作年度报告」). */
const NAMES_ITSELF = /现(?:将|公布)|(?:特|现)?向社会公布|本报告|本年度报告/;
const PERIOD_WORDS = /统计(?:期限|时限|期间|时间|周期)|数据(?:的)?统计|所列数据|统计数据/;
const START = /((?:19|20)\d{2})\s*年\s*0?1\s*月\s*0?1\s*日/;
const END = /((?:19|20)\d{2})\s*年\s*12\s*月\s*31\s*日/;

function outsideTitles(sentence: string, index: number): boolean {
  const before = sentence.slice(0, index);
  return (before.match(/《/g)?.length ?? 0) <= (before.match(/》/g)?.length ?? 0);
}

function titleYear(line: string): YearQuote | undefined {
  const short = line.length <= 60 && !/[。；]$/.test(line);
  for (const sentence of short ? [line] : sentences(line).filter((s) => NAMES_ITSELF.test(s))) {
    const m = TITLE.exec(sentence);
    if (m && outsideTitles(sentence, m.index)) return { year: Number(m[1]), quote: m[0] };
  }
  return undefined;
}

function periodOf(sentence: string): NarrativeYears["period"] {
  if (!PERIOD_WORDS.test(sentence)) return undefined;
  const start = START.exec(sentence);
  if (!start) return undefined;
  const rest = sentence.slice(start.index + start[0].length);
  const end = END.exec(rest);
  const years = [Number(start[1])];
  let quote = start[0];
  if (end && end.index <= 12) {
    years.push(Number(end[1]));
    quote = sentence.slice(start.index, start.index + start[0].length + end.index + end[0].length);
  } else {
    // 「2025年1月1日至12月31日」: the end carries no year of its own.
    const bare = /^[^。，；]{0,6}?12\s*月\s*31\s*日/.exec(rest);
    if (bare) quote += bare[0];
  }
  return { year: years[0], years: [...new Set(years)], quote };
}

/** The title is sought before the first section; the 统计期限 there and in the first section. */
export function narrativeYears(lines: readonly NarrativeLine[]): NarrativeYears {
  const out: NarrativeYears = {};
  let headings = 0;
  for (const line of lines) {
    if (line.headingNumber) {
      if (++headings >= 2) break;
      continue;
    }
    if (headings === 0 && !out.title) out.title = titleYear(line.text);
    if (!out.period)
      for (const sentence of sentences(line.text)) {
        out.period = periodOf(sentence);
        if (out.period) break;
      }
    if (out.title && out.period) break;
  }
  return out;
}
