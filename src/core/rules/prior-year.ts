import { formatNumber, type Lang, text } from "../messages/render";
import { type Figures, num, comparable, round, locatedOnly, pointAt, type RelationRule } from "./context";

/** Last year's figures of the "same" table: same id, or the same table number in another format (t2019_3 ~ t2021_3). */
export function priorTable(prior: Figures, tableId: string): Record<string, number | null> | undefined {
  if (prior[tableId]) return prior[tableId];
  const suffix = /_\d+$/.exec(tableId)?.[0];
  const key = suffix ? Object.keys(prior).find((k) => k.endsWith(suffix)) : undefined;
  return key ? prior[key] : undefined;
}

/** This year's figure follows from last year's report (二、上年结转 = last year's 四、结转下年度继续办理). */
export const priorYearRule: RelationRule<"prior-year"> = {
  meta: {
    id: "prior-year",
    description: {
      "zh-CN": "本年数应与上年报告衔接（如上年结转应等于上年的结转下年度继续办理）",
      "en-US": "This year's figure follows from last year's report",
    },
  },
  constraints: ({ cell, prior, plus, minus }) => [{ kind: "from-prior", cell, prior, plus, minus }],
  check(ctx, relation) {
    if (!ctx.options.prior || !ctx.cell(relation.cell)) return;
    const priorValues = relation.prior.map((k) => ({ key: k, value: ctx.priorValue(k) }));
    if (priorValues.some((p) => p.value === undefined)) return;
    const current = ctx.value(relation.cell);
    if (current && current.value === null && !current.blank) return;
    const terms = [...relation.plus, ...relation.minus];
    if (terms.some((k) => !ctx.cell(k))) return;
    const expected = round(
      priorValues.reduce((s, p) => s + (p.value ?? 0), 0) +
        relation.plus.reduce((s, k) => s + num(ctx.value(k)), 0) -
        relation.minus.reduce((s, k) => s + num(ctx.value(k)), 0),
    );
    const actual = num(current);
    if (expected === actual || !comparable(expected, actual, actual - expected)) return;
    const target = ctx.cell(relation.cell)!;
    // Within one row (现行有效 = 上年现行有效 + 本年制发 − 本年废止) the columns tell the terms apart.
    const rowOf = (k: string): string => k.split(".")[0];
    const sharedRow = [...relation.prior, ...terms].every((k) => rowOf(k) === rowOf(relation.cell));
    const explain = (lang: Lang): string => {
      const pieces = priorValues.map((p) =>
        text("parts.prior", { label: ctx.partLabel(p.key, sharedRow), value: p.value ?? 0 }, lang),
      );
      for (const k of relation.plus)
        pieces.push(`+ ${ctx.partLabel(k, sharedRow)} ${formatNumber(num(ctx.value(k)))}`);
      for (const k of relation.minus)
        pieces.push(`− ${ctx.partLabel(k, sharedRow)} ${formatNumber(num(ctx.value(k)))}`);
      return pieces.join(" ");
    };
    ctx.report({
      kind: "prior-year-mismatch",
      ...pointAt(relation, target),
      involved: locatedOnly([
        ctx.involved(relation.cell, "target"),
        ...terms.map((k) => ctx.involved(k, "part")),
      ]),
      expected,
      actual,
      difference: round(actual - expected),
      messageId: "prior-year-mismatch",
      params: {
        subject: ctx.subject(relation.cell),
        expected,
        actual,
        difference: Math.abs(round(actual - expected)),
        ...ctx.both("priorParts", explain),
      },
    });
  },
};
