import {
  type Finding,
  type InvolvedCell,
  type MessageParams,
  severityRank,
  summarize,
  type Summary,
} from "./finding";
import { cellAt, type WorkbookGrid } from "./grid";
import { type Binding, identify, type LocatedTable } from "./locate/locate-table";
import { type Lang, render } from "./messages/render";
import { cellRules, runRelation } from "./rules";
import {
  type CheckOptions,
  displayLabel,
  type Figures,
  type FindingDraft,
  involvedValue,
  shortLabel,
  type RuleContext,
} from "./rules/context";
import { compileRelations } from "./rules/expand";
import { priorTable } from "./rules/prior-year";
import { builtinTemplates, templateById } from "./templates";
import { type Column, type Row, type Table, type Template } from "./templates/schema";
import { parseValue, type ParsedValue } from "./values";

export interface TableSummary {
  id: string;
  title: string;
  sheet: string;
  range: string;
}

export interface CheckResult {
  template: string | null;
  templateName: string | null;
  tables: TableSummary[];
  findings: Finding[];
  summary: Summary;
  figures: Figures;
  binding?: Binding;
}

export interface CheckWorkbookOptions extends CheckOptions {
  templates?: readonly Template[];
}

interface TableInfo {
  rows: Map<string, Row>;
  columns: Map<string, Column>;
  columnCount: number;
}

const infos = new WeakMap<Table, TableInfo>();

function tableInfo(table: Table): TableInfo {
  let info = infos.get(table);
  if (!info) {
    const rows = new Map<string, Row>();
    const columns = new Map<string, Column>();
    for (const b of table.blocks) {
      for (const r of b.rows) rows.set(r.id, r);
      for (const c of b.columns) columns.set(c.id, c);
    }
    info = { rows, columns, columnCount: columns.size };
    infos.set(table, info);
  }
  return info;
}

function checkTable(
  grid: WorkbookGrid,
  template: Template,
  located: LocatedTable,
  options: CheckOptions,
  out: FindingDraftWithTable[],
  figures: Figures,
): void {
  const info = tableInfo(located.table);
  const sheet = grid.sheets.find((s) => s.name === located.sheet)!;
  const values = new Map<string, ParsedValue>();
  const tableFigures: Record<string, number | null> = {};
  for (const cell of located.cells.values()) {
    const v = parseValue(cellAt(sheet, cell.row, cell.col));
    values.set(cell.key, v);
    tableFigures[cell.key] = v.value;
  }
  figures[located.table.id] = tableFigures;
  const prior = options.prior ? priorTable(options.prior, located.table.id) : undefined;

  const subject = (key: string): string => {
    const cell = located.cells.get(key);
    const [rowId, colId] = key.split(".");
    const row = info.rows.get(cell?.rowId ?? rowId);
    const column = info.columns.get(cell?.colId ?? colId);
    const columnLabel = column ? displayLabel(column.label) : colId;
    if (!row || row.label === null) {
      const path = column?.path.join("·");
      return path ? `${path}·${columnLabel}` : columnLabel;
    }
    const rowLabel = displayLabel(row.label);
    return info.columnCount > 1 ? `${rowLabel}（${columnLabel}）` : rowLabel;
  };

  const ctx: RuleContext = {
    template,
    located,
    options,
    value: (key) => values.get(key),
    cell: (key) => located.cells.get(key),
    row: (id) => info.rows.get(id),
    column: (id) => info.columns.get(id),
    subject,
    partLabel(key, sharedRow) {
      const [rowId, colId] = key.split(".");
      const row = info.rows.get(rowId);
      const column = info.columns.get(colId);
      if (sharedRow || !row || row.label === null) return column ? shortLabel(column.label) : colId;
      return shortLabel(row.label);
    },
    involved(key, role): InvolvedCell | undefined {
      const cell = located.cells.get(key);
      if (!cell) return undefined;
      return {
        sheet: cell.sheet,
        cell: cell.address,
        rowId: cell.rowId,
        colId: cell.colId,
        label: subject(key),
        value: involvedValue(values.get(key)),
        role,
      };
    },
    priorValue: (key) => (prior && key in prior ? prior[key] : undefined),
    both(name, make) {
      return { [name]: make("zh-CN"), [`${name}@en`]: make("en-US") };
    },
    report(draft: FindingDraft) {
      out.push({ ...draft, table: located.table.id, sheet: located.sheet });
    },
  };
  for (const relation of compileRelations(located.table)) runRelation(ctx, relation);
  for (const rule of cellRules) rule.check(ctx);
}

type FindingDraftWithTable = FindingDraft & { table?: string; sheet?: string };

function structural(binding: Binding): FindingDraftWithTable[] {
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

function finish(draft: FindingDraftWithTable, template: string, lang: Lang): Finding {
  const params: MessageParams = draft.params;
  const cells = [
    ...new Set([draft.cell, ...draft.involved.map((c) => c.cell)].filter((c): c is string => !!c)),
  ];
  const f: Finding = { ...draft, template, cells, params, message: "" };
  f.message = render(f, lang);
  return f;
}

function position(f: Finding, order: Map<string, number>, binding?: Binding): number[] {
  const table = f.table ? (order.get(f.table) ?? 99) : -1;
  const located = binding?.tables.find((t) => t.table.id === f.table);
  const c = f.rowId && f.colId ? located?.cells.get(`${f.rowId}.${f.colId}`) : undefined;
  return [severityRank(f.severity), table, c ? c.row : -1, c ? c.col : -1];
}

/** Checks every standard table found in the workbook: the one verdict shared by the add-in, the web page and the CLI. */
export function checkWorkbook(grid: WorkbookGrid, options: CheckWorkbookOptions = {}): CheckResult {
  const lang = options.lang ?? "zh-CN";
  const templates = options.templates ?? builtinTemplates();
  const binding = identify(grid, templates);
  if (!binding) {
    const finding = finish(
      {
        kind: "template-not-found",
        rule: "template-not-found",
        severity: "error",
        involved: [],
        messageId: "template-not-found",
        params: { templates: templates.map((t) => t.name).join("、") },
      },
      "",
      lang,
    );
    return {
      template: null,
      templateName: null,
      tables: [],
      findings: [finding],
      summary: summarize([finding]),
      figures: {},
    };
  }
  const drafts = structural(binding);
  const figures: Figures = {};
  for (const located of binding.tables) checkTable(grid, binding.template, located, options, drafts, figures);
  const order = new Map(binding.template.tables.map((t, i) => [t.id, i]));
  const findings = drafts
    .map((d) => finish(d, binding.template.id, lang))
    .map((f) => ({ f, p: position(f, order, binding) }))
    .sort((a, b) => {
      for (let i = 0; i < a.p.length; i++) if (a.p[i] !== b.p[i]) return a.p[i] - b.p[i];
      return 0;
    })
    .map((x) => x.f);
  return {
    template: binding.template.id,
    templateName: binding.template.name,
    tables: binding.tables.map((t) => ({
      id: t.table.id,
      title: t.table.title,
      sheet: t.sheet,
      range: t.range,
    })),
    findings,
    summary: summarize(findings),
    figures,
    binding,
  };
}
