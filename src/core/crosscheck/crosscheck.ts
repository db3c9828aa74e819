import { type CheckResult } from "../check";
import { type Finding, summarize, type Summary } from "../finding";
import { type Lang } from "../messages/render";
import { type Severity } from "../templates/schema";
import { Checker, type NarrativeStatement } from "./checker";
import { narrativeLines, sentences } from "./narrative";
import { findQuantities } from "./numbers";
import { SECTION_LAYOUTS, type SectionLayout } from "./sections";
import { checkStructure, type FoundHeading, recognise, saysSomething } from "./structure";
import { TOPICS } from "./topics";
import { narrativeYears } from "./year";

export type { NarrativeStatement };

export interface CrosscheckResult {
  template: string | null;
  templateName: string | null;
  findings: Finding[];
  summary: Summary;
  statements: NarrativeStatement[];
}

export interface CrosscheckOptions {
  lang?: Lang;
  /** The tables' year: from their title row, `--year`, or the pane's 年度 field; null or absent when unknown. */
  year?: number | null;
}

/** A short line naming a section without a number: Word's automatic heading numbering keeps 「一、」 out of the text. */
function unnumberedHeading(line: string, layout: SectionLayout): boolean {
  if (line.length > 30 || /[。，；：,;:]/.test(line)) return false;
  return (
    layout.sections.some((s) => new RegExp(s.pattern).test(line)) ||
    layout.outdated.some((o) => line.includes(o))
  );
}

const STRUCTURE_MESSAGES = {
  "section-missing": "narrative-structure.missing",
  "section-misnumbered": "narrative-structure.misnumbered",
  "section-outdated": "narrative-structure.outdated",
  "section-order": "narrative-structure.order",
  "section-empty": "narrative-structure.empty",
} as const;

function checkYears(
  checker: Checker,
  lines: Parameters<typeof narrativeYears>[0],
  year: number | null | undefined,
): void {
  const { title, period } = narrativeYears(lines);
  if (year) {
    if (title && title.year !== year)
      checker.note("narrative-year", "year-title", "warning", "narrative-year.title", {
        quote: title.quote,
        found: title.year,
        year,
      });
    if (period && period.years.some((y) => y !== year))
      checker.note("narrative-year", "year-period", "warning", "narrative-year.period", {
        quote: period.quote,
        found: period.years.find((y) => y !== year)!,
        year,
      });
  } else if (title && period && period.years.some((y) => y !== title.year)) {
    checker.note("narrative-year", "year-title-period", "warning", "narrative-year.title-period", {
      title: title.quote,
      quote: period.quote,
      found: title.year,
      year: period.years.find((y) => y !== title.year)!,
    });
  }
}

/** Compares the clerk's report text with the checked tables: every quoted figure, the sections and the year. */
export function crosscheck(
  text: string,
  result: CheckResult,
  options: CrosscheckOptions = {},
): CrosscheckResult {
  const checker = new Checker(result, options.lang ?? "zh-CN");
  const topics = result.template ? (TOPICS[result.template] ?? []) : [];
  const layout = result.template ? SECTION_LAYOUTS[result.template] : undefined;
  const lines = narrativeLines(text, layout?.sections.map((s) => s.wording) ?? []);
  const found: FoundHeading[] = [];
  let current: FoundHeading | undefined;
  let section: string | undefined;
  for (const line of lines) {
    const heading =
      line.headingNumber && line.headingText
        ? { number: line.headingNumber, text: line.headingText }
        : layout && unnumberedHeading(line.text, layout)
          ? { number: "", text: line.text.replace(/[\s\u3000]/g, "") }
          : undefined;
    const known = heading && layout ? recognise(layout, heading.number, heading.text) : undefined;
    if (known && (known.rule || known.outdated)) {
      // A heading met again is the real one: the first was a list of contents (「本报告包括：一、总体情况；二、……」).
      const again = found.findIndex((h) => h.rule && h.rule === known.rule);
      if (again >= 0) found.splice(again, 1);
      found.push(known);
      current = known;
    } else if (current && saysSomething(line.text)) current.filled = true;
    if (heading) {
      section = line.text;
      continue;
    }
    for (const sentence of sentences(line.text)) {
      const quantities = findQuantities(sentence);
      // 「收到申请23件，无……行政复议、行政诉讼案件发生」: a clause without a number can still say a figure is zero.
      for (const clause of sentence.split(/[，,]/))
        if (findQuantities(clause).length === 0) checker.none(section, clause, topics);
      let previousEnd = 0;
      for (const q of quantities) {
        checker.quantity(section, sentence, q, previousEnd, topics);
        previousEnd = q.end;
      }
    }
  }
  if (layout) {
    const severity: Severity = layout.strict ? "warning" : "info";
    for (const n of checkStructure(layout, found))
      checker.note(
        "narrative-structure",
        n.rule,
        n.rule === "section-empty" ? "warning" : severity,
        STRUCTURE_MESSAGES[n.rule],
        n.params,
      );
  }
  checkYears(checker, lines, options.year);
  return {
    template: result.template,
    templateName: result.templateName,
    findings: checker.findings,
    summary: summarize(checker.findings),
    statements: checker.statements,
  };
}
