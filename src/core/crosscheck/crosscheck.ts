import { type CheckResult } from "../check";
import { type Finding, type InvolvedCell, type MessageParams, summarize, type Summary } from "../finding";
import { formatNumber, type Lang, render } from "../messages/render";
import { round } from "../rules/context";
import { type Severity } from "../templates/schema";
import { narrativeLines, sentences } from "./narrative";
import { findQuantities, fits, type Quantity } from "./numbers";
import { SECTION_LAYOUTS, type SectionLayout } from "./sections";
import { type Reading, type Topic, TOPICS } from "./topics";

/** One figure the narrative quotes, and what the table says. */
export interface NarrativeStatement {
  section?: string;
  sentence: string;
  quote: string;
  quoted: number;
  vague: boolean;
  topic: string;
  label: string;
  table: string;
  tableValue: number;
  agrees: boolean;
  /** The 口径 under which the quote agrees, when the figure has several (受理: 新收 only, or 新收 + 上年结转). */
  basis?: string;
}

export interface CrosscheckResult {
  template: string | null;
  templateName: string | null;
  findings: Finding[];
  summary: Summary;
  statements: NarrativeStatement[];
}

/** Words just before a number that can still name it: within its clause, and not too far back. */
const CONTEXT = 40;

function clauseBefore(context: string): string {
  const cut = Math.max(...["，", ",", "：", ":"].map((p) => context.lastIndexOf(p)));
  return context.slice(cut + 1).slice(-CONTEXT);
}

function clip(sentence: string): string {
  return sentence.length > 80 ? `${sentence.slice(0, 78)}……` : sentence;
}

/** The topic named closest before the number; a longer name wins a tie (「废止规范性文件」 over 「规范性文件」). */
function topicOf(context: string, topics: readonly Topic[]): Topic | undefined {
  let best: { topic: Topic; end: number; length: number } | undefined;
  for (const topic of topics) {
    for (const p of topic.patterns) {
      for (const m of context.matchAll(new RegExp(p, "g"))) {
        const end = (m.index ?? 0) + m[0].length;
        if (!best || end > best.end || (end === best.end && m[0].length > best.length))
          best = { topic, end, length: m[0].length };
      }
    }
  }
  return best?.topic;
}

class Checker {
  readonly findings: Finding[] = [];
  readonly statements: NarrativeStatement[] = [];

  constructor(
    private readonly result: CheckResult,
    private readonly lang: Lang,
  ) {}

  private figures(table: string): Record<string, number | null> | undefined {
    return this.result.figures[table];
  }

  value(table: string, reading: Reading): number | undefined {
    const figures = this.figures(table);
    if (!figures || reading.refs.every((r) => !(r in figures))) return undefined;
    return round(reading.refs.reduce((s, r) => s + (figures[r] ?? 0), 0));
  }

  private involved(topic: Topic, reading: Reading): InvolvedCell[] {
    const located = this.result.binding?.tables.find((t) => t.table.id === topic.table);
    const figures = this.figures(topic.table) ?? {};
    return reading.refs.flatMap((ref) => {
      const c = located?.cells.get(ref);
      return c
        ? [
            {
              sheet: c.sheet,
              cell: c.address,
              rowId: c.rowId,
              colId: c.colId,
              label: topic.label,
              value: figures[ref] ?? null,
              role: "target" as const,
            },
          ]
        : [];
    });
  }

  report(
    severity: Severity,
    messageId: string,
    topic: Topic,
    reading: Reading,
    quoted: number,
    params: MessageParams,
  ): void {
    const involved = this.involved(topic, reading);
    const tableValue = this.value(topic.table, reading) ?? 0;
    const first = involved[0];
    const f: Finding = {
      kind: "narrative-mismatch",
      rule: `narrative.${topic.id}`,
      severity,
      template: this.result.template ?? "",
      table: topic.table,
      ...(first ? { sheet: first.sheet, cell: first.cell } : {}),
      ...(involved.length === 1 ? { rowId: first.rowId, colId: first.colId } : {}),
      cells: involved.map((c) => c.cell),
      involved,
      expected: tableValue,
      actual: quoted,
      difference: round(quoted - tableValue),
      messageId,
      params: { ...params, subject: topic.label, cell: first ? `${first.sheet}!${first.cell}` : topic.table },
      message: "",
    };
    f.message = render(f, this.lang);
    this.findings.push(f);
  }

  quantity(
    section: string | undefined,
    sentence: string,
    q: Quantity,
    context: string,
    topics: readonly Topic[],
  ): void {
    const topic = topicOf(clauseBefore(context), topics);
    if (!topic || (topic.units && !topic.units.includes(q.unit))) return;
    const readings = topic.readings
      .map((r) => ({ reading: r, value: this.value(topic.table, r) }))
      .filter((r) => r.value !== undefined);
    if (readings.length === 0) return;
    const match = readings.find((r) => fits(q, r.value!));
    const shown = match ?? readings[0];
    this.statements.push({
      ...(section ? { section } : {}),
      sentence,
      quote: q.raw,
      quoted: q.value,
      vague: q.vague,
      topic: topic.id,
      label: topic.label,
      table: topic.table,
      tableValue: shown.value!,
      agrees: !!match,
      ...(match?.reading.basis ? { basis: match.reading.basis } : {}),
    });
    const params = { sentence: clip(sentence), quote: q.raw };
    if (!match) {
      // The alternatives are joined in the message's language; a 口径 keeps its official Chinese name.
      const expected = (open: string, close: string, or: string): string =>
        readings
          .map((r) =>
            r.reading.basis
              ? `${formatNumber(r.value!)}${open}${r.reading.basis}${close}`
              : formatNumber(r.value!),
          )
          .join(or);
      this.report("warning", "narrative-mismatch", topic, readings[0].reading, q.value, {
        ...params,
        expected: expected("（", "）", " 或 "),
        "expected@en": expected(" (", ")", " or "),
      });
    } else if (topic.readings.length > 1 && match.reading.basis) {
      this.report("info", "narrative-mismatch.basis", topic, match.reading, q.value, {
        ...params,
        basis: match.reading.basis,
        expected: formatNumber(match.value!),
      });
    }
  }

  /** 「未发生……行政复议」: a figure said to be zero without a number. */
  none(section: string | undefined, sentence: string, topics: readonly Topic[]): void {
    for (const topic of topics) {
      const m = topic.none?.map((p) => new RegExp(p).exec(sentence)).find((x) => x);
      if (!m) continue;
      const reading = topic.readings[topic.readings.length - 1];
      const value = this.value(topic.table, reading);
      if (value === undefined) continue;
      this.statements.push({
        ...(section ? { section } : {}),
        sentence,
        quote: m[0],
        quoted: 0,
        vague: false,
        topic: topic.id,
        label: topic.label,
        table: topic.table,
        tableValue: value,
        agrees: value === 0,
      });
      if (value !== 0)
        this.report("warning", "narrative-mismatch.none", topic, reading, 0, {
          sentence: clip(sentence),
          quote: m[0],
          expected: formatNumber(value),
        });
    }
  }

  section(messageId: string, severity: Severity, params: MessageParams): void {
    const f: Finding = {
      kind: "narrative-mismatch",
      rule: messageId.replace("narrative-mismatch.", "narrative."),
      severity,
      template: this.result.template ?? "",
      cells: [],
      involved: [],
      messageId,
      params: { ...params, templateName: this.result.templateName ?? "" },
      message: "",
    };
    f.message = render(f, this.lang);
    this.findings.push(f);
  }
}

/** A short line naming a section without a number: Word's automatic heading numbering keeps 「一、」 out of the text. */
function unnumberedHeading(line: string, layout: SectionLayout): boolean {
  if (line.length > 30 || /[。，；：,;:]/.test(line)) return false;
  return (
    layout.sections.some((s) => new RegExp(s.pattern).test(line)) ||
    layout.outdated.some((o) => line.includes(o))
  );
}

/** A heading found in the report as written there: Word's automatic numbering leaves no 「一、」 in the text. */
function asWritten(h: { number: string; text: string }): string {
  return h.number ? `${h.number}、${h.text}` : h.text;
}

function checkHeadings(
  checker: Checker,
  layout: SectionLayout,
  headings: Array<{ number: string; text: string }>,
): void {
  const severity: Severity = layout.strict ? "warning" : "info";
  const standard = layout.sections.map((s) => `${s.number}、${s.heading}`);
  layout.sections.forEach((rule, i) => {
    const found = headings.find((h) => new RegExp(rule.pattern).test(h.text));
    const heading = standard[i];
    if (!found) checker.section("narrative-mismatch.section-missing", severity, { heading });
    else if (found.number && found.number !== rule.number)
      checker.section("narrative-mismatch.section-misnumbered", severity, {
        found: asWritten(found),
        heading,
      });
  });
  for (const h of headings) {
    if (layout.outdated.some((o) => h.text.includes(o)))
      checker.section("narrative-mismatch.section-outdated", severity, {
        found: asWritten(h),
        headings: standard.join(" / "),
      });
  }
}

/** Compares the clerk's report text with the checked tables: every quoted figure, and the section headings. */
export function crosscheck(
  text: string,
  result: CheckResult,
  options: { lang?: Lang } = {},
): CrosscheckResult {
  const checker = new Checker(result, options.lang ?? "zh-CN");
  const topics = result.template ? (TOPICS[result.template] ?? []) : [];
  const lines = narrativeLines(text);
  const headings: Array<{ number: string; text: string }> = [];
  let section: string | undefined;
  const layout = result.template ? SECTION_LAYOUTS[result.template] : undefined;
  for (const line of lines) {
    if (line.headingNumber && line.headingText) {
      headings.push({ number: line.headingNumber, text: line.headingText });
      section = line.text;
      continue;
    }
    if (layout && unnumberedHeading(line.text, layout)) {
      headings.push({ number: "", text: line.text.replace(/[\s\u3000]/g, "") });
      section = line.text;
      continue;
    }
    for (const sentence of sentences(line.text)) {
      const quantities = findQuantities(sentence);
      if (quantities.length === 0) checker.none(section, sentence, topics);
      let from = 0;
      for (const q of quantities) {
        checker.quantity(section, sentence, q, sentence.slice(from, q.start), topics);
        from = q.end;
      }
    }
  }
  if (layout) checkHeadings(checker, layout, headings);
  return {
    template: result.template,
    templateName: result.templateName,
    findings: checker.findings,
    summary: summarize(checker.findings),
    statements: checker.statements,
  };
}
