import { toA1 } from "../../src/core/grid";
import { officialLayout } from "../../src/core/layout/official-layout";
import { templateById } from "../../src/core/templates";

/** A workbook as the browser tests hand it to fake-office.js. */
export interface FakeWorkbook {
  sheets: Array<{ name: string; values: Array<Array<string | number>>; merges: string[] }>;
}

function laidOut(templateId: string) {
  const layout = officialLayout(templateById(templateId)!, { sheetName: "Sheet1" });
  const values: Array<Array<string | number>> = layout.rows.map((row) =>
    Array.from({ length: layout.width }, (_, c) => {
      const v = row[c];
      return typeof v === "string" || typeof v === "number" ? v : "";
    }),
  );
  for (const i of layout.inputs) values[i.row][i.col] = 0;
  const merges = layout.merges.map((m) => `${toA1(m.top, m.left)}:${toA1(m.bottom, m.right)}`);
  return { layout, values, merges };
}

/** A gov-2021 sheet as the clerk filled it: all zeros but a 表三 total of 5 and one blank cell in 表二. */
export function plantedWorkbook(): FakeWorkbook & { total: string; blank: string } {
  const { layout, values, merges } = laidOut("gov-2021");
  const at = (table: string, key: string) => layout.inputs.find((i) => i.tableId === table && i.key === key)!;
  const total = at("t2021_3", "r1_new.total");
  values[total.row][total.col] = 5;
  const blank = at("t2021_2", "xzxk.decisions");
  values[blank.row][blank.col] = "";
  return {
    sheets: [{ name: "Sheet1", values, merges }],
    total: toA1(total.row, total.col),
    blank: toA1(blank.row, blank.col),
  };
}
