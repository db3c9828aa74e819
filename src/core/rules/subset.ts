import { num, locatedOnly, pointAt, type RelationRule, round } from "./context";

/** A 其中 row is at most its parent; it is never one of the parent's additive parts. */
export const subsetRule: RelationRule<"subset"> = {
  meta: {
    id: "subset",
    description: {
      "zh-CN": "“其中”项不能大于其所属的总数",
      "en-US": "A 其中 (of which) row cannot exceed the row it belongs to",
    },
  },
  constraints: (relation) => [{ kind: "at-most", small: [relation.part], large: [relation.whole] }],
  check(ctx, relation) {
    const part = ctx.value(relation.part);
    const whole = ctx.value(relation.whole);
    if (!ctx.cell(relation.part) || !ctx.cell(relation.whole)) return;
    if (!part || part.value === null || (whole && whole.value === null && !whole.blank)) return;
    const actual = part.value;
    const expected = num(whole);
    if (actual <= expected) return;
    const target = ctx.cell(relation.part)!;
    ctx.report({
      kind: "subset-exceeds",
      ...pointAt(relation, target),
      involved: locatedOnly([ctx.involved(relation.part, "target"), ctx.involved(relation.whole, "whole")]),
      expected,
      actual,
      difference: round(actual - expected),
      messageId: "subset-exceeds",
      params: { subject: ctx.subject(relation.part), whole: ctx.subject(relation.whole), expected, actual },
    });
  },
};
