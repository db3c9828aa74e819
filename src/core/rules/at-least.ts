import { formatNumber } from "../messages/render";
import { allReadable, comparable, num, locatedOnly, pointAt, type RelationRule, round } from "./context";

/**
 * A figure that cannot be lower than others allow: 现行有效件数 is at least 本年制发 − 本年废止, whatever last year's
 * stock was. Without last year's report this is the one impossibility of the row that can still be seen.
 */
export const atLeastRule: RelationRule<"at-least"> = {
  meta: {
    id: "at-least",
    description: {
      "zh-CN": "现行有效件数不少于本年制发件数减本年废止件数",
      "en-US": "Documents in force are at least those made this year minus those repealed",
    },
  },
  constraints: ({ cell, plus, minus }) => [{ kind: "at-most", small: plus, large: [cell, ...minus] }],
  check(ctx, relation) {
    if (relation.withoutPrior && ctx.priorValue(relation.cell) !== undefined) return;
    const terms = [...relation.plus, ...relation.minus];
    const keys = [relation.cell, ...terms];
    if (!allReadable(ctx, keys)) return;
    // A row nobody filled is the required rule's to report.
    if (keys.every((k) => ctx.value(k)?.blank)) return;
    const least = round(
      relation.plus.reduce((s, k) => s + num(ctx.value(k)), 0) -
        relation.minus.reduce((s, k) => s + num(ctx.value(k)), 0),
    );
    const actual = num(ctx.value(relation.cell));
    if (actual >= least || !comparable(least, actual)) return;
    const rowOf = (k: string): string => k.split(".")[0];
    const sharedRow = terms.every((k) => rowOf(k) === rowOf(relation.cell));
    // The labels are the form's own, in either language.
    const label = (k: string): string => `${ctx.partLabel(k, sharedRow)} ${formatNumber(num(ctx.value(k)))}`;
    const termsText = [relation.plus.map(label).join(" + "), ...relation.minus.map(label)].join(" − ");
    const target = ctx.cell(relation.cell)!;
    ctx.report({
      kind: "implausible",
      ...pointAt(relation, target),
      involved: locatedOnly([
        ctx.involved(relation.cell, "target"),
        ...terms.map((k) => ctx.involved(k, "part")),
      ]),
      expected: least,
      actual,
      difference: round(actual - least),
      messageId: `implausible.${relation.reason}`,
      params: { subject: ctx.subject(relation.cell), actual, least, terms: termsText },
    });
  },
};
