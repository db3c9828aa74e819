import { type CellRule } from "./context";

/**
 * A formula saved without its result is never taken as 0: computed where that is safe (then only a note), or
 * unknown, when every relation it takes part in is skipped by the relation rules and this is the one finding.
 */
export const formulaResultRule: CellRule = {
  meta: {
    id: "formula-result",
    description: {
      "zh-CN": "公式应保存计算结果：没有结果的公式在能算出时按算出的值检查，否则跳过与它相关的勾稽关系",
      "en-US":
        "Formulas carry their saved result; one without is computed where safe, else its relations are skipped",
    },
  },
  check(ctx) {
    for (const cell of ctx.located.cells.values()) {
      const v = ctx.value(cell.key);
      if (!v?.formulaWithoutResult) continue;
      const computed = v.formulaWithoutResult === "computed";
      ctx.report({
        kind: "formula-without-result",
        rule: "formula-result",
        severity: computed ? "info" : "warning",
        cell: cell.address,
        rowId: cell.rowId,
        colId: cell.colId,
        involved: [ctx.involved(cell.key, "target")!],
        actual: v.value,
        messageId: `formula-without-result.${v.formulaWithoutResult}`,
        params: { subject: ctx.subject(cell.key), value: v.value ?? "" },
      });
    }
  },
};
