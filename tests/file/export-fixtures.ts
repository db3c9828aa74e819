import { type WorkbookGrid } from "../../src/core/grid";
import { officialLayout } from "../../src/core/layout/official-layout";
import { type Justification } from "../../src/core/report";
import { type Figures } from "../../src/core/rules/context";
import { consistentFigures } from "../../src/core/sample/consistent-figures";
import { templateById } from "../../src/core/templates";
import { readWorkbook } from "../../src/file/read-workbook";
import { saveJustifications } from "../../src/file/justification-store";
import { layoutToWorkbook } from "../../src/file/write-workbook";

export function filled(templateId: string, seed: number): Figures {
  return consistentFigures(templateById(templateId)!, seed);
}

/** A real .xlsx of the template with these figures (and 说明, if any), as a clerk's workbook would be. */
export async function workbookBytes(
  templateId: string,
  figures: Figures,
  justifications: Justification[] = [],
): Promise<Buffer> {
  const wb = layoutToWorkbook(
    officialLayout(templateById(templateId)!, {
      figures,
      heading: "某某局 2025 年度政府信息公开工作年度报告统计表",
    }),
  );
  saveJustifications(wb, justifications);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

export async function gridOfBytes(bytes: Uint8Array): Promise<WorkbookGrid> {
  return (await readWorkbook(bytes)).grid;
}

export { tempDir } from "./outline-fixtures";
