import {
  readableSum,
  num,
  partsText,
  comparable,
  round,
  locatedOnly,
  pointAt,
  type RelationRule,
} from "./context";

/** 表三's printed relation, per column: 一 + 二 = 三（七）总计 + 四. */
export const balanceRule: RelationRule<"balance"> = {
  meta: {
    id: "balance",
    description: {
      "zh-CN": "本列数据的勾稽关系：第一项加第二项之和，等于第三项加第四项之和",
      "en-US": "Per column: new + carried in = handled total + carried over",
    },
  },
  constraints: (relation) => [{ kind: "equal", left: relation.left, right: relation.right }],
  check(ctx, relation) {
    const leftSum = readableSum(ctx, relation.left);
    const rightSum = readableSum(ctx, relation.right);
    if (leftSum === null || rightSum === null) return;
    if (leftSum === rightSum || !comparable(leftSum, rightSum, rightSum - leftSum)) return;
    // The parts' labels only for the message: most columns balance.
    const side = (refs: string[]) =>
      refs.map((k) => ({ label: ctx.partLabel(k, false), value: num(ctx.value(k)) }));
    const left = side(relation.left);
    const right = side(relation.right);
    const target = ctx.cell(relation.target)!;
    const column = ctx.column(target.colId);
    ctx.report({
      kind: "balance-mismatch",
      ...pointAt(relation, target),
      involved: locatedOnly([
        ...relation.left.map((k) => ctx.involved(k, "left")),
        ...relation.right.map((k) => ctx.involved(k, "right")),
      ]),
      // What the target would have to be for the column to balance.
      expected: round(num(ctx.value(relation.target)) + leftSum - rightSum),
      actual: num(ctx.value(relation.target)),
      difference: round(rightSum - leftSum),
      messageId: "balance-mismatch",
      params: {
        column: column ? column.label : target.colId,
        left: leftSum,
        right: rightSum,
        difference: Math.abs(round(rightSum - leftSum)),
        ...ctx.both("leftParts", (lang) => partsText(left, lang)),
        ...ctx.both("rightParts", (lang) => partsText(right, lang)),
      },
    });
  },
};
