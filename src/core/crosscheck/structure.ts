/** The report's sections against the format: present, in order, numbered as the format numbers them, and filled. */

import { type SectionLayout, type SectionRule } from "./sections";

/** A heading found in the report, and whether any text stands under it. */
export interface FoundHeading {
  number: string;
  text: string;
  /** The format's section it names, if any. */
  rule?: SectionRule;
  outdated: boolean;
  filled: boolean;
}

export interface StructureNote {
  rule: "section-missing" | "section-misnumbered" | "section-outdated" | "section-order" | "section-empty";
  params: Record<string, string>;
}

/** A heading found in the report as written there: Word's automatic numbering leaves no 「一、」 in the text. */
function asWritten(h: { number: string; text: string }): string {
  return h.number ? `${h.number}、${h.text}` : h.text;
}

/** Text that only holds the outline's 【待填写：…】 gaps, or punctuation, says nothing. */
export function saysSomething(text: string): boolean {
  return /[\p{L}\p{N}]/u.test(text.replace(/【[^】]*】/g, ""));
}

export function recognise(layout: SectionLayout, number: string, text: string): FoundHeading {
  const rule = layout.sections.find((s) => new RegExp(s.pattern).test(text));
  const outdated = !rule && layout.outdated.some((o) => text.includes(o));
  return { number, text, ...(rule ? { rule } : {}), outdated, filled: false };
}

export function checkStructure(layout: SectionLayout, found: readonly FoundHeading[]): StructureNote[] {
  const notes: StructureNote[] = [];
  const standard = layout.sections.map((s) => `${s.number}、${s.heading}`);
  const named = found.filter((h) => h.rule);
  layout.sections.forEach((rule, i) => {
    const h = named.find((x) => x.rule === rule);
    const heading = standard[i];
    if (!h) notes.push({ rule: "section-missing", params: { heading } });
    else if (h.number && h.number !== rule.number)
      notes.push({ rule: "section-misnumbered", params: { found: asWritten(h), heading } });
  });
  const order = named.map((h) => layout.sections.indexOf(h.rule!));
  if (order.some((v, i) => i > 0 && v < order[i - 1]))
    notes.push({
      rule: "section-order",
      params: { found: named.map(asWritten).join(" / "), headings: standard.join(" / ") },
    });
  for (const h of found) {
    if (h.outdated)
      notes.push({
        rule: "section-outdated",
        params: { found: asWritten(h), headings: standard.join(" / ") },
      });
    // Sections 二 to 四 of the current formats are the statistics tables, which a text copy does not carry.
    else if (h.rule && !h.rule.table && !h.filled)
      notes.push({ rule: "section-empty", params: { found: asWritten(h) } });
  }
  return notes;
}
