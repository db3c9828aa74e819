import { type CellRule } from "./context";

/**
 * What a statistics cell holds must be a number: not text, not a number stored as text, not full-width digits,
 * not a number with its unit, not a formula error; not negative; whole unless the cell is in 万元.
 */
export const numberRule: CellRule = {
  meta: {
    id: "number",
    description: {
      "zh-CN": "统计数应为非负数字；件数、条数为整数，万元可有小数",
      "en-US": "Figures are non-negative numbers; counts are whole, amounts in 万元 may have decimals",
    },
  },
  check(ctx) {
    for (const cell of ctx.located.cells.values()) {
      const v = ctx.value(cell.key);
      if (!v || v.blank) continue;
      // Named only when something is reported: most cells are fine and naming them is the costly part.
      const base = () => ({
        rule: "number",
        cell: cell.address,
        rowId: cell.rowId,
        colId: cell.colId,
        involved: [ctx.involved(cell.key, "target")!],
      });
      const subject = () => ctx.subject(cell.key);
      if (v.issue) {
        // Readable numbers in the wrong form are warnings; unreadable cells are errors.
        const severity = v.value === null ? "error" : "warning";
        ctx.report({
          ...base(),
          kind: "not-a-number",
          severity,
          actual: v.text,
          messageId: `not-a-number.${v.issue}`,
          params: { subject: subject(), text: v.text, value: v.value ?? "" },
        });
      }
      if (v.value === null) continue;
      const column = ctx.column(cell.colId);
      const row = ctx.row(cell.rowId);
      if (v.value < 0 && !column?.allowNegative) {
        ctx.report({
          ...base(),
          kind: "negative",
          severity: "error",
          actual: v.value,
          messageId: "negative",
          params: { subject: subject(), actual: v.value },
        });
      }
      const type = row?.type ?? column?.type ?? "int";
      if (type === "int" && !Number.isInteger(v.value)) {
        ctx.report({
          ...base(),
          kind: "not-integer",
          severity: "error",
          actual: v.value,
          messageId: "not-integer",
          params: { subject: subject(), actual: v.value },
        });
      }
    }
  },
};
