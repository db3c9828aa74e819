import {
  type Finding,
  type InvolvedCell,
  type MessageParams,
  severityRank,
  summarize,
  type Summary,
} from "./finding";
import { formulaWithoutResultValue } from "./formula-result";
import { cellAt, type WorkbookGrid } from "./grid";
import { type Binding, identify, type LocatedTable } from "./locate/locate-table";
import { type Lang, render, renderShort } from "./messages/render";
import { cellRules, runRelation } from "./rules";
import { displayLabel, shortLabel } from "./locate/normalize";
import {
  type CheckOptions,
  type Figures,
  type FindingDraft,
  involvedValue,
  type RuleContext,
} from "./rules/context";
import { compileRelations } from "./rules/expand";
import { priorTable } from "./rules/prior-year";
import { type FindingDraftWithTable, structuralFindings } from "./rules/structural";
import { tableInfo } from "./rules/table-info";
import { builtinTemplates } from "./templates";
import { type Template } from "./templates/schema";
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
  // Keys such as "r1_new.total", a few hundred of them: an object without prototype starts as the dictionary it
  // ends up as, instead of going through a hidden class per key (a tenth of a whole check, measured).
  const tableFigures = Object.create(null) as Record<string, number | null>;
  const unsaved = sheet.formulasWithoutResult;
  for (const cell of located.cells.values()) {
    const v =
      unsaved?.[cell.address] === undefined
        ? parseValue(cellAt(sheet, cell.row, cell.col))
        : formulaWithoutResultValue(sheet, cell.address);
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
  /** The cell's row as the short line names it; the column is told by the cell shown beside it. */
  const name = (rowId: string, colId: string): string => {
    const row = info.rows.get(rowId);
    return row && row.label !== null ? displayLabel(row.label) : subject(`${rowId}.${colId}`);
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
      const params =
        draft.rowId && draft.colId ? { name: name(draft.rowId, draft.colId), ...draft.params } : draft.params;
      out.push({ ...draft, params, table: located.table.id, sheet: located.sheet });
    },
  };
  for (const relation of compileRelations(located.table)) runRelation(ctx, relation);
  for (const rule of cellRules) rule.check(ctx);
}

function finish(draft: FindingDraftWithTable, template: string, lang: Lang): Finding {
  const params: MessageParams = draft.params;
  const cells = [
    ...new Set([draft.cell, ...draft.involved.map((c) => c.cell)].filter((c): c is string => !!c)),
  ];
  const f: Finding = { ...draft, template, cells, params, message: "" };
  f.message = renderShort(f, lang);
  f.detail = render(f, lang);
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
  const drafts = structuralFindings(binding);
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
