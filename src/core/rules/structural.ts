import { type Binding } from "../locate/locate-table";
import { templateById } from "../templates";
import { type FindingDraft } from "./context";
import { tableInfo } from "./table-info";

/** A draft that may already know its table and sheet (structural findings are made outside any table). */
export type FindingDraftWithTable = FindingDraft & { table?: string; sheet?: string };

/** Findings about the workbook as a whole: an outdated format, tables, rows and columns that were not found. */
export function structuralFindings(binding: Binding): FindingDraftWithTable[] {
  const out: FindingDraftWithTable[] = [];
  const t = binding.template;
  if (t.supersededBy) {
    const next = templateById(t.supersededBy);
    out.push({
      kind: "outdated-template",
      rule: "outdated-template",
      severity: "warning",
      involved: [],
      messageId: "outdated-template",
      params: {
        templateName: t.name,
        format: t.format,
        newName: next?.name ?? t.supersededBy,
        newFormat: next?.format ?? "",
      },
    });
  }
  for (const table of binding.missingTables) {
    out.push({
      kind: "missing-row",
      rule: "missing-table",
      severity: "warning",
      involved: [],
      messageId: "missing-row.table",
      params: { table: table.title },
      table: table.id,
    });
  }
  for (const located of binding.tables) {
    const info = tableInfo(located.table);
    const base = {
      rule: "missing-label",
      severity: "warning" as const,
      involved: [],
      table: located.table.id,
      sheet: located.sheet,
    };
    for (const id of located.missingRows) {
      const label = info.rows.get(id)?.label ?? id;
      out.push({
        ...base,
        kind: "missing-row",
        rowId: id,
        messageId: "missing-row.row",
        params: { table: located.table.title, label },
      });
    }
    for (const id of located.missingColumns) {
      const column = info.columns.get(id);
      // 表四 has three 结果维持 columns: where a label repeats, its header path tells which one is missing.
      const repeated =
        column && [...info.columns.values()].filter((c) => c.label === column.label).length > 1;
      const label = column ? (repeated ? [...column.path, column.label].join("·") : column.label) : id;
      out.push({
        ...base,
        kind: "missing-row",
        colId: id,
        messageId: "missing-row.column",
        params: { table: located.table.title, label },
      });
    }
  }
  return out;
}
