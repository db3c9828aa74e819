import { officialLayout } from "../core/layout/official-layout";
import { type Figures } from "../core/rules/context";
import { type Template } from "../core/templates/schema";
import { layoutToWorkbook } from "./write-workbook";

/**
 * The standard tables in the official layout with values only: no formulas, highlights, 说明 sheet or other traces
 * of the add-in; the heading names the reporting body, the year and the export time.
 */
export async function cleanWorkbookBytes(
  template: Template,
  figures: Figures,
  heading: string,
  author: string,
): Promise<Uint8Array> {
  const layout = officialLayout(template, { figures, heading });
  const workbook = layoutToWorkbook(layout, { creator: author });
  workbook.lastModifiedBy = author;
  // The printed page repeats the heading; "&" starts a code in Excel page headers and is doubled to print as itself.
  workbook.worksheets[0].headerFooter = { oddHeader: `&C${heading.replace(/&/g, "&&")}` };
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}
