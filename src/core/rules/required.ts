import { type CellRule } from "./context";

/** A data cell left empty: counted as 0 in sums, but reported so that the clerk writes 0 on purpose. */
export const requiredRule: CellRule = {
  meta: {
    id: "required",
    description: {
      "zh-CN": "数据单元格不应留空，没有数据请填 0",
      "en-US": "Data cells are not left empty; enter 0 when there is nothing to report",
    },
  },
  check(ctx) {
    for (const cell of ctx.located.cells.values()) {
      const row = ctx.row(cell.rowId);
      if (!row || !row.required || row.kind === "group") continue;
      const v = ctx.value(cell.key);
      if (!v || !v.blank) continue;
      ctx.report({
        kind: "empty-required",
        rule: "required",
        severity: ctx.options.requiredSeverity ?? "warning",
        cell: cell.address,
        rowId: cell.rowId,
        colId: cell.colId,
        involved: [ctx.involved(cell.key, "target")!],
        actual: null,
        messageId: "empty-required",
        params: { subject: ctx.subject(cell.key) },
      });
    }
  },
};
