import { officialLayout, type SheetLayout } from "../../src/core/layout/official-layout";
import { consistentFigures } from "../../src/core/sample/consistent-figures";
import { templateById } from "../../src/core/templates";
import { toA1 } from "../../src/core/grid";
import { FakeDocument } from "./fake-office";

export const SHEET = "2025年报";

/** A gov-2021 workbook in the official layout with consistent figures, as a clerk would have it open. */
export function gov2021Document(): {
  doc: FakeDocument;
  layout: SheetLayout;
  cellOf(tableId: string, key: string): string;
} {
  const template = templateById("gov-2021")!;
  const layout = officialLayout(template, { sheetName: SHEET, figures: consistentFigures(template, 7) });
  const doc = new FakeDocument();
  const sheet = doc.wb.addSheet(SHEET);
  sheet.setValues(layout.rows);
  sheet.merges = layout.merges.map((m) => ({ ...m }));
  return {
    doc,
    layout,
    cellOf(tableId, key) {
      const input = layout.inputs.find((i) => i.tableId === tableId && i.key === key);
      if (!input) throw new Error(`no input ${tableId} ${key}`);
      return toA1(input.row, input.col);
    },
  };
}

/** Every cell's own fill, to compare before and after. */
export function fills(doc: FakeDocument): Record<string, string | null> {
  const out: Record<string, string | null> = {};
  for (const s of doc.wb.sheets) for (const [k, c] of s.cells) out[`${s.name}!${k}`] = c.fill;
  return out;
}
