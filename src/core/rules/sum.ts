import {
  readable,
  readableSum,
  num,
  partsText,
  comparable,
  round,
  locatedOnly,
  pointAt,
  type RelationRule,
} from "./context";

/** A total equals the sum of its parts (row totals, column totals, section totals). */
export const sumRule: RelationRule<"sum"> = {
  meta: {
    id: "sum",
    description: {
      "zh-CN": "合计数应等于各组成项之和（空白按 0 计）",
      "en-US": "A total equals the sum of its parts (blank counts as 0)",
    },
  },
  constraints: (relation) => [{ kind: "equal", left: [relation.total], right: relation.parts }],
  check(ctx, relation) {
    // A relation is checked only where all its cells were found and hold readable numbers.
    const expected = readableSum(ctx, relation.parts);
    if (expected === null || !readable(ctx, relation.total)) return;
    const actual = num(ctx.value(relation.total));
    if (expected === actual || !comparable(expected, actual, actual - expected)) return;
    // Blank everywhere is "not filled", reported by the required rule, not a mismatch.
    const sharedRow = new Set(relation.parts.map((k) => ctx.cell(k)?.rowId)).size === 1;
    const parts = relation.parts.map((k) => ({
      label: ctx.partLabel(k, sharedRow),
      value: num(ctx.value(k)),
    }));
    const difference = round(actual - expected);
    const target = ctx.cell(relation.total)!;
    // The classic mistake: a 其中 row added into the total it belongs under.
    const hint = findSubsetHint(ctx, relation.parts, Math.abs(difference));
    ctx.report({
      kind: "sum-mismatch",
      ...pointAt(relation, target),
      involved: locatedOnly([
        ctx.involved(relation.total, "total"),
        ...relation.parts.map((k) => ctx.involved(k, "part")),
      ]),
      expected,
      actual,
      difference,
      messageId: hint ? "sum-mismatch+sum-mismatch.subset-hint" : "sum-mismatch",
      params: {
        subject: ctx.subject(relation.total),
        expected,
        actual,
        difference: Math.abs(difference),
        ...ctx.both("parts", (lang) => partsText(parts, lang)),
        ...(hint ? { subsetLabel: hint.label, subsetValue: hint.value } : {}),
      },
    });
  },
};

function findSubsetHint(
  ctx: Parameters<RelationRule<"sum">["check"]>[0],
  parts: readonly string[],
  difference: number,
): { label: string; value: number } | undefined {
  if (difference === 0) return undefined;
  for (const partKey of parts) {
    const part = ctx.cell(partKey);
    if (!part) continue;
    for (const row of ctx.located.table.blocks.flatMap((b) => b.rows)) {
      if (row.kind !== "subset" || row.parent !== part.rowId) continue;
      const key = `${row.id}.${part.colId}`;
      const v = ctx.value(key)?.value;
      if (v !== null && v !== undefined && v === difference) return { label: ctx.subject(key), value: v };
    }
  }
  return undefined;
}
