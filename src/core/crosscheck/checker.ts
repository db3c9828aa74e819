import { type CheckResult } from "../check";
import { type Finding, type FindingKind, type InvolvedCell, type MessageParams } from "../finding";
import { formatNumber, type Lang, render } from "../messages/render";
import { type MessageId } from "../messages/zh-CN";
import { round } from "../rules/context";
import { type Severity } from "../templates/schema";
import { fits, type Quantity } from "./numbers";
import { positionOf, topicOf } from "./reading";
import { type Reading, type Topic } from "./topics";

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

function clip(sentence: string): string {
  return sentence.length > 80 ? `${sentence.slice(0, 78)}……` : sentence;
}

/** 「未收到行政许可申请」「未接到12345热线诉求」 say nothing about 信息公开申请. */
const OTHER_THAN_APPLICATIONS = /行政许可|12345|热线|信访|咨询|诉求|留言/;

/** Reads each figure of the narrative against the table, and turns what it finds into findings. */
export class Checker {
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
    kind: FindingKind,
    severity: Severity,
    messageId: MessageId,
    topic: Topic,
    reading: Reading,
    quoted: number,
    params: MessageParams,
  ): void {
    const involved = this.involved(topic, reading);
    const tableValue = this.value(topic.table, reading) ?? 0;
    const first = involved[0];
    this.push({
      kind,
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
    });
  }

  /** A finding about the text as a whole: its sections or its year. */
  note(
    kind: FindingKind,
    rule: string,
    severity: Severity,
    messageId: MessageId,
    params: MessageParams,
  ): void {
    this.push({
      kind,
      rule: `narrative.${rule}`,
      severity,
      template: this.result.template ?? "",
      cells: [],
      involved: [],
      messageId,
      params: { ...params, templateName: this.result.templateName ?? "" },
      message: "",
    });
  }

  private push(f: Finding): void {
    f.message = render(f, this.lang);
    this.findings.push(f);
  }

  quantity(
    section: string | undefined,
    sentence: string,
    q: Quantity,
    previousEnd: number,
    topics: readonly Topic[],
  ): void {
    const at = positionOf(sentence, q, previousEnd);
    if (at.quoted || at.otherChannel) return;
    const topic = topicOf(sentence.slice(at.from, q.start), sentence.slice(q.end), topics);
    if (!topic || !topic.units.includes(q.unit) || (at.part && topic.total)) return;
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
      this.report(
        "narrative-mismatch",
        "warning",
        "narrative-mismatch",
        topic,
        readings[0].reading,
        q.value,
        {
          ...params,
          expected: expected("（", "）", " 或 "),
          "expected@en": expected(" (", ")", " or "),
        },
      );
    } else if (topic.readings.length > 1 && match.reading.basis) {
      this.report("narrative-agreement", "info", "narrative-agreement", topic, match.reading, q.value, {
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
      if (!m || OTHER_THAN_APPLICATIONS.test(m[0])) continue;
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
        this.report("narrative-mismatch", "warning", "narrative-mismatch.none", topic, reading, 0, {
          sentence: clip(sentence),
          quote: m[0],
          expected: formatNumber(value),
        });
    }
  }
}
