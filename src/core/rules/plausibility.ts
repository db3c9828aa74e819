import { locatedOnly, pointAt, type RelationRule, type RuleMeta } from "./context";

const meta: RuleMeta = {
  id: "plausibility",
  description: {
    "zh-CN": "数字本身可能合理，但与表格的含义或填报机关不相符，请确认",
    "en-US": "A figure that may be right but looks unlikely for its row or for the reporting body",
  },
};

/** Group heading rows (e.g. 一、主动公开情况 of the pre-2019 table) should carry no number. */
export const blankExpectedRule: RelationRule<"blank-expected"> = {
  meta,
  constraints: (relation) => [{ kind: "blank", cells: relation.cells }],
  check(ctx, relation) {
    for (const key of relation.cells) {
      const v = ctx.value(key);
      const cell = ctx.cell(key);
      if (!cell || !v || v.blank) continue;
      ctx.report({
        kind: "implausible",
        ...pointAt(relation, cell),
        involved: locatedOnly([ctx.involved(key, "target")]),
        actual: v.value ?? v.text,
        messageId: `implausible.${relation.reason}`,
        params: { subject: ctx.subject(key), actual: v.value ?? v.text },
      });
    }
  },
};

/** Figures that only some bodies can have (规章 from a body that makes 规章). */
export const zeroUnlessRule: RelationRule<"zero-unless"> = {
  meta,
  constraints: (relation) => [{ kind: "zero", cells: relation.cells, unless: relation.unless }],
  check(ctx, relation) {
    const profile = ctx.options.profile;
    if (profile?.[relation.unless] === true) return;
    for (const key of relation.cells) {
      const v = ctx.value(key);
      const cell = ctx.cell(key);
      if (!cell || !v || v.value === null || v.value === 0) continue;
      ctx.report({
        kind: "implausible",
        ...pointAt(relation, cell),
        // Known not to be a rule-making body: more than a question.
        severity: profile?.[relation.unless] === false ? "warning" : relation.severity,
        involved: locatedOnly([ctx.involved(key, "target")]),
        actual: v.value,
        messageId: `implausible.${relation.reason}`,
        params: { subject: ctx.subject(key), actual: v.value },
      });
    }
  },
};
