import { rangeA1, toA1 } from "./grid";
import { type SheetLayout } from "./layout/official-layout";
import { type Binding } from "./locate/locate-table";
import { tableInfo } from "./rules/table-info";
import { type Template } from "./templates/schema";

/** What an input cell takes: a count of items (whole, ≥ 0) or an amount in 万元 (≥ 0, at most two decimals). */
export type InputKind = "count" | "amount";

/** An input cell of a standard table that takes an input rule (data validation) in Excel. */
export interface InputRuleCell {
  sheet: string;
  /** "B7" */
  cell: string;
  row: number;
  col: number;
  kind: InputKind;
  /** The table's short name, e.g. 表三, for the list shown before adding. */
  table: string;
}

/** Input cells side by side in one row of one sheet with the same rule: one range, one call to Excel. */
export interface InputRuleRun {
  sheet: string;
  /** "B7:H7" */
  address: string;
  kind: InputKind;
  table: string;
  cells: InputRuleCell[];
}

/** How input cells stand: without a rule, with ours (recognised by the title), or with the clerk's own (left alone). */
export interface InputRuleSurvey {
  free: InputRuleCell[];
  ours: InputRuleCell[];
  others: InputRuleCell[];
}

/**
 * Every rule we write carries a prompt title starting with this word; a rule is ours exactly when its input-message
 * title starts with it, so 移除输入校验 never removes a rule the clerk or another tool set.
 */
export const INPUT_RULE_MARK = "年报助手";

/** The texts Excel shows: the input message when a cell is selected, the error alert on a wrong entry. */
export const INPUT_RULE_TEXT: Record<
  InputKind,
  { title: string; message: string; errorTitle: string; errorMessage: string }
> = {
  count: {
    title: `${INPUT_RULE_MARK}·件数`,
    message: "请填写 0 或正整数（件数）。本年没有的项目填 0，不要留空或填文字。",
    errorTitle: `${INPUT_RULE_MARK}：只能填件数`,
    errorMessage: "此格只能填 0 或正整数：不能填小数、负数、文字或带单位的数字（如“5件”）。",
  },
  amount: {
    title: `${INPUT_RULE_MARK}·万元`,
    message: "请填写金额（万元），不小于 0，最多两位小数，例如 0 或 1.25。",
    errorTitle: `${INPUT_RULE_MARK}：只能填金额`,
    errorMessage: "此格只能填不小于 0、最多两位小数的数字（单位：万元），不能填文字或负数。",
  },
};

export function isOurInputRule(promptTitle: string | null | undefined): boolean {
  return !!promptTitle && promptTitle.startsWith(INPUT_RULE_MARK);
}

/**
 * The Excel formula of the 万元 rule for a range whose top-left cell is `topLeft`: Excel reads the reference relative
 * to each cell. Excel's own 小数 rule cannot limit the decimals, hence a formula.
 */
export function amountFormula(topLeft: string): string {
  return `=AND(ISNUMBER(${topLeft}),${topLeft}>=0,ROUND(${topLeft},2)=${topLeft})`;
}

/** "表三 收到和处理……" → "表三". */
function shortTitle(title: string): string {
  return title.split(/\s/)[0];
}

/** The input cells of the tables found in the workbook, each with its rule. */
export function inputRuleCells(binding: Binding): InputRuleCell[] {
  const out: InputRuleCell[] = [];
  for (const located of binding.tables) {
    const info = tableInfo(located.table);
    for (const cell of located.cells.values()) {
      const type = info.rows.get(cell.rowId)?.type ?? info.columns.get(cell.colId)?.type ?? "int";
      out.push({
        sheet: cell.sheet,
        cell: cell.address,
        row: cell.row,
        col: cell.col,
        kind: type === "decimal" ? "amount" : "count",
        table: shortTitle(located.table.title),
      });
    }
  }
  return out;
}

/** Cells grouped into runs along rows, so that Excel gets a few ranges instead of one call per cell. */
export function inputRuleRuns(cells: readonly InputRuleCell[]): InputRuleRun[] {
  const sorted = [...cells].sort((a, b) => a.sheet.localeCompare(b.sheet) || a.row - b.row || a.col - b.col);
  const runs: InputRuleRun[] = [];
  let current: InputRuleCell[] = [];
  const flush = (): void => {
    if (current.length === 0) return;
    const first = current[0];
    const last = current[current.length - 1];
    runs.push({
      sheet: first.sheet,
      address: rangeA1(first.row, first.col, last.row, last.col),
      kind: first.kind,
      table: first.table,
      cells: current,
    });
    current = [];
  };
  for (const c of sorted) {
    const prev = current[current.length - 1];
    const joins =
      prev &&
      prev.sheet === c.sheet &&
      prev.row === c.row &&
      prev.col + 1 === c.col &&
      prev.kind === c.kind &&
      prev.table === c.table;
    if (!joins) flush();
    current.push(c);
  }
  flush();
  return runs;
}

/** The input cells of a laid-out blank sheet (see officialLayout), each with its rule. */
export function layoutInputRuleCells(layout: SheetLayout, template: Template): InputRuleCell[] {
  const titles = new Map(template.tables.map((t) => [t.id, shortTitle(t.title)]));
  return layout.inputs.map((i) => ({
    sheet: layout.name,
    cell: toA1(i.row, i.col),
    row: i.row,
    col: i.col,
    kind: i.decimal ? "amount" : "count",
    table: titles.get(i.tableId) ?? i.tableId,
  }));
}
