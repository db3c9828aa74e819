import { type WorkbookGrid } from "../../../src/core/grid";
import { officialLayout } from "../../../src/core/layout/official-layout";
import { type Figures } from "../../../src/core/rules/context";
import { templateById } from "../../../src/core/templates";

/** Every data cell of the template set to `value` (zeros satisfy every sum and balance). */
export function uniformFigures(templateId: string, value: number | null = 0): Figures {
  const layout = officialLayout(templateById(templateId)!);
  const figures: Figures = {};
  for (const input of layout.inputs) (figures[input.tableId] ??= {})[input.key] = value;
  return figures;
}

export function gridOf(
  templateId: string,
  figures: Figures,
  extraSheets: WorkbookGrid["sheets"] = [],
): WorkbookGrid {
  const layout = officialLayout(templateById(templateId)!, { figures });
  return { sheets: [{ name: layout.name, rows: layout.rows, merges: layout.merges }, ...extraSheets] };
}

/** The same workbook with a blank row inserted at `at` on every sheet (merges shift with it). */
export function insertRow(grid: WorkbookGrid, at: number): WorkbookGrid {
  return {
    sheets: grid.sheets.map((s) => ({
      name: s.name,
      rows: [...s.rows.slice(0, at), [], ...s.rows.slice(at)],
      merges: s.merges.map((m) => (m.top >= at ? { ...m, top: m.top + 1, bottom: m.bottom + 1 } : m)),
    })),
  };
}
