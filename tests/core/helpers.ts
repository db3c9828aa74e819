import { checkWorkbook, type CheckResult, type CheckWorkbookOptions } from "../../src/core/check";
import { type CellValue, toA1, type WorkbookGrid } from "../../src/core/grid";
import { officialLayout } from "../../src/core/layout/official-layout";
import { type Figures } from "../../src/core/rules/context";
import { zeroFigures } from "../../src/core/sample/consistent-figures";
import { templateById } from "../../src/core/templates";
import { officialFigures } from "./official/figures";

/**
 * A template's official layout on one sheet, filled with figures that satisfy the official relations (built by hand
 * from the formats research, not by the engine), with cells addressable by table and key.
 */
export class FilledForm {
  readonly grid: WorkbookGrid;
  readonly figures: Figures;
  private readonly positions = new Map<string, { row: number; col: number }>();

  constructor(templateId: string, seed = 1, figures?: Figures) {
    const template = templateById(templateId)!;
    this.figures = figures ?? officialFigures(templateId, seed);
    const layout = officialLayout(template, { figures: this.figures });
    for (const input of layout.inputs)
      this.positions.set(`${input.tableId}/${input.key}`, { row: input.row, col: input.col });
    this.grid = {
      sheets: [{ name: layout.name, rows: layout.rows.map((r) => [...r]), merges: layout.merges }],
    };
  }

  pos(table: string, key: string): { row: number; col: number } {
    const p = this.positions.get(`${table}/${key}`);
    if (!p) throw new Error(`no cell ${table}/${key}`);
    return p;
  }

  address(table: string, key: string): string {
    const p = this.pos(table, key);
    return toA1(p.row, p.col);
  }

  value(table: string, key: string): number {
    return this.figures[table][key] ?? 0;
  }

  set(table: string, key: string, v: CellValue): this {
    const p = this.pos(table, key);
    this.grid.sheets[0].rows[p.row][p.col] = v;
    return this;
  }

  check(options: CheckWorkbookOptions = {}): CheckResult {
    return checkWorkbook(this.grid, options);
  }
}

/** All-zero figures of a template with some cells set: small, exact scenarios for message texts. */
export function zeroForm(
  templateId: string,
  cells: Record<string, Record<string, number | null>>,
): FilledForm {
  const figures = zeroFigures(templateById(templateId)!);
  for (const [table, values] of Object.entries(cells)) Object.assign(figures[table], values);
  return new FilledForm(templateId, 0, figures);
}
