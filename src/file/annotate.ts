import ExcelJS from "exceljs";
import { type Highlight } from "../core/host";
import { SEVERITY_FILL, SEVERITY_RANK, SEVERITY_WORD } from "./file-host";

function noteText(existing: ExcelJS.Comment | string | undefined): string {
  if (!existing) return "";
  if (typeof existing === "string") return existing;
  return (existing.texts ?? []).map((t) => t.text).join("");
}

/**
 * Adds the findings to a copy of the workbook in `bytes`: each flagged cell gets a solid fill for its worst
 * severity and a note listing the messages (after any note it already had). Values, formulas and all other
 * formatting are left as they were.
 */
export async function annotateWorkbook(
  bytes: Uint8Array,
  highlights: readonly Highlight[],
): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);

  const byCell = new Map<string, Highlight[]>();
  for (const h of highlights) {
    const key = `${h.sheet}\u0000${h.cell.toUpperCase()}`;
    byCell.set(key, [...(byCell.get(key) ?? []), h]);
  }

  for (const marks of byCell.values()) {
    const ws = workbook.getWorksheet(marks[0].sheet);
    if (!ws) continue;
    const cell = ws.getCell(marks[0].cell);
    const worst = marks.reduce((a, b) =>
      SEVERITY_RANK[b.severity] > SEVERITY_RANK[a.severity] ? b : a,
    ).severity;
    // exceljs shares one style object among cells loaded with the same style; a copy keeps the fill on this cell.
    cell.style = {
      ...cell.style,
      fill: { type: "pattern", pattern: "solid", fgColor: { argb: SEVERITY_FILL[worst] } },
    };
    const messages = [...new Set(marks.map((m) => `【${SEVERITY_WORD[m.severity]}】${m.message}`))];
    const before = noteText(cell.note);
    cell.note = [before, `年报助手：\n${messages.join("\n")}`].filter(Boolean).join("\n\n");
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
