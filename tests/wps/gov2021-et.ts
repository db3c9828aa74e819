import { toA1 } from "../../src/core/grid";
import { officialLayout, type SheetLayout } from "../../src/core/layout/official-layout";
import { consistentFigures } from "../../src/core/sample/consistent-figures";
import { templateById } from "../../src/core/templates";
import { type FakeEtInit } from "./fake-et";

export const SHEET = "2025年报";

/** The clerk's own fill on the total that will be flagged: #C6EFCE (Excel's "good" green) as BGR, by hand. */
export const CLERK_GREEN = 0xceefc6;

/**
 * A gov-2021 workbook in the official layout with consistent figures, as a clerk has it open in WPS, with a cover
 * sheet before it; `plant` changes cells first.
 */
export function gov2021Workbook(
  plant: (
    set: (tableId: string, key: string, v: number | string | { error: string }) => string,
  ) => void = () => undefined,
): { init: FakeEtInit; layout: SheetLayout; cellOf(tableId: string, key: string): string } {
  const template = templateById("gov-2021")!;
  const layout = officialLayout(template, { sheetName: SHEET, figures: consistentFigures(template, 7) });
  const rows = layout.rows.map((r) =>
    Array.from({ length: layout.width }, (_, c) => {
      const v = r[c];
      return v === undefined || v === null ? null : (v as number | string | boolean | { error: string });
    }),
  );
  const cellOf = (tableId: string, key: string): string => {
    const input = layout.inputs.find((i) => i.tableId === tableId && i.key === key);
    if (!input) throw new Error(`no input ${tableId} ${key}`);
    return toA1(input.row, input.col);
  };
  plant((tableId, key, v) => {
    const input = layout.inputs.find((i) => i.tableId === tableId && i.key === key)!;
    rows[input.row][input.col] = v;
    return toA1(input.row, input.col);
  });
  const merges = layout.merges.map((m) => `${toA1(m.top, m.left)}:${toA1(m.bottom, m.right)}`);
  return {
    init: {
      sheets: [
        { name: "封面", rows: [["XX局政府信息公开工作年度报告"]] },
        { name: SHEET, rows, merges },
      ],
    },
    layout,
    cellOf,
  };
}
