/** Quantities as Chinese reports write them: 713件, ７１３件, 一百零三条, 500多条, 十余次. */

export interface Quantity {
  /** Position of the number in the sentence, and just past its unit. */
  start: number;
  end: number;
  raw: string;
  value: number;
  unit: string;
  /** 「500多」「十余」: at least `value`, below the next step of its last digit. */
  vague: boolean;
}

const DIGITS: Record<string, number> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const SMALL_UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

/** 「十二」→12, 「一百零三」→103, 「两千三百」→2300, 「三万五千」→35000; null when it is not a well-formed numeral. */
export function chineseNumeral(text: string): number | null {
  let total = 0;
  let section = 0;
  let digit: number | null = null;
  for (const ch of text) {
    if (ch in DIGITS) {
      digit = DIGITS[ch];
    } else if (ch in SMALL_UNITS) {
      section += (digit ?? 1) * SMALL_UNITS[ch];
      digit = null;
    } else if (ch === "万") {
      total = (total + section + (digit ?? 0)) * 10000;
      section = 0;
      digit = null;
    } else return null;
  }
  return total + section + (digit ?? 0);
}

function arabic(text: string): number {
  const half = text
    .replace(/[０-９．]/g, (c) => (c === "．" ? "." : String.fromCharCode(c.charCodeAt(0) - 0xfee0)))
    .replace(/,/g, "");
  return Number(half);
}

const UNITS = "万元|人次|件|条|篇|次|个|项|人|场|期|名|家|份|起|宗";
const QUANTITY = new RegExp(
  `([0-9０-９]{1,3}(?:,[0-9]{3})+|[0-9０-９]+(?:[.．][0-9０-９]+)?|[零〇一二两三四五六七八九十百千万]+)\\s*(多|余)?\\s*(${UNITS})`,
  "g",
);
/** 「第一条」 is an ordinal, 「计1条」 a counting rule, 「每1次」 a rate: none of them quotes a figure. */
const NOT_A_FIGURE_BEFORE = /[第计每约近]$/;

export function findQuantities(sentence: string): Quantity[] {
  const out: Quantity[] = [];
  for (const m of sentence.matchAll(QUANTITY)) {
    const start = m.index ?? 0;
    if (NOT_A_FIGURE_BEFORE.test(sentence.slice(0, start))) continue;
    const chinese = /^[零〇一二两三四五六七八九十百千万]+$/.test(m[1]);
    const value = chinese ? chineseNumeral(m[1]) : arabic(m[1]);
    if (value === null || Number.isNaN(value)) continue;
    out.push({ start, end: start + m[0].length, raw: m[0], value, unit: m[3], vague: m[2] !== undefined });
  }
  return out;
}

/** Whether a quoted quantity fits a table value: exact, or for 「500多」 at least 500 and below 600. */
export function fits(q: Pick<Quantity, "value" | "vague">, tableValue: number): boolean {
  if (!q.vague) return Math.abs(q.value - tableValue) < 1e-6;
  if (q.value <= 0) return tableValue > 0;
  const step = 10 ** Math.floor(Math.log10(q.value));
  return tableValue >= q.value && tableValue < q.value + step;
}
