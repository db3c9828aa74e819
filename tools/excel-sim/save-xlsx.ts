import ExcelJS from "exceljs";
import JSZip from "jszip";
import { rectA1, type SimCell, type SimSheet, type SimWorkbook } from "./model";
import { toExcelJs } from "./validation-xlsx";

const STATE = { Visible: "visible", Hidden: "hidden", VeryHidden: "veryHidden" } as const;

function argb(hex: string): string {
  return `FF${hex.replace("#", "").toUpperCase()}`;
}

function writeCell(c: ExcelJS.Cell, cell: SimCell): void {
  if (cell.formula) {
    c.value = {
      formula: cell.formula.replace(/^=/, ""),
      result: cell.value ?? undefined,
    } as ExcelJS.CellFormulaValue;
  } else if (cell.error) c.value = { error: cell.error as ExcelJS.CellErrorValue["error"] };
  else if (cell.value !== null) c.value = cell.value;
  if (cell.numberFormat !== "General") c.numFmt = cell.numberFormat;
  if (cell.fill) c.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(cell.fill) } };
  if (cell.bold) c.font = { bold: true };
  if (cell.wrap || cell.verticalAlignment)
    c.alignment = {
      wrapText: cell.wrap,
      vertical: cell.verticalAlignment === "Center" ? "middle" : undefined,
    };
  if (cell.borders.length > 0) {
    const border: Partial<ExcelJS.Borders> = {};
    for (const e of cell.borders) {
      const side = e.replace("Edge", "").toLowerCase() as "top" | "bottom" | "left" | "right";
      border[side] = { style: "thin" };
    }
    c.border = border;
  }
  if (!cell.locked) c.protection = { locked: false };
  const validation = cell.validation && toExcelJs(cell.validation);
  if (validation) c.dataValidation = validation;
}

async function writeSheet(wb: ExcelJS.Workbook, sheet: SimSheet): Promise<void> {
  const ws = wb.addWorksheet(sheet.name, { state: STATE[sheet.visibility] });
  // exceljs gives every cell of a merge the first cell's style; Excel keeps each cell's own, so merge first and
  // write each cell's format after.
  for (const m of sheet.merges) {
    ws.mergeCells(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);
    for (let r = m.top; r <= m.bottom; r++)
      for (let c = m.left; c <= m.right; c++)
        if (r !== m.top || c !== m.left) ws.getCell(r + 1, c + 1).style = {};
  }
  for (const [key, cell] of sheet.cells) {
    const [r, c] = key.split(",").map(Number);
    writeCell(ws.getCell(r + 1, c + 1), cell);
  }
  sheet.cfs.forEach((cf, priority) => {
    ws.addConditionalFormatting({
      ref: cf.ranges.map(rectA1).join(" "),
      rules: [
        {
          type: "expression",
          priority: priority + 1,
          formulae: [(cf.formula ?? "=TRUE").replace(/^=/, "")],
          style: cf.fill
            ? { fill: { type: "pattern", pattern: "solid", bgColor: { argb: argb(cf.fill) } } }
            : {},
        },
      ],
    });
  });
  for (const [col, width] of sheet.columnWidths) ws.getColumn(col + 1).width = width;
  if (sheet.protected) await ws.protect("", { formatCells: true, formatColumns: true, formatRows: true });
}

function escapeXml(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

const WE_NS = "http://schemas.microsoft.com/office/webextensions/webextension/2010/11";
const WETP_NS = "http://schemas.microsoft.com/office/webextensions/taskpanes/2010/11";
const REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships";

/**
 * Document settings go where Excel keeps them, the web extension part (xl/webextensions/webextension1.xml), with
 * the task pane part that points at it, so a reopened file brings them back.
 */
async function addSettings(bytes: Buffer, settings: Map<string, unknown>): Promise<Buffer> {
  if (settings.size === 0) return bytes;
  const zip = await JSZip.loadAsync(bytes);
  const props = [...settings]
    .map(([k, v]) => `<we:property name="${escapeXml(k)}" value="${escapeXml(JSON.stringify(v))}"/>`)
    .join("");
  zip.file(
    "xl/webextensions/webextension1.xml",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<we:webextension xmlns:we="${WE_NS}" id="{6F1A6C6E-0000-4000-8000-000000000001}"><we:reference id="nianbao" version="1.0.0.0" store="developer" storeType="Registry"/><we:alternateReferences/><we:properties>${props}</we:properties><we:bindings/><we:snapshot xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"/></we:webextension>`,
  );
  zip.file(
    "xl/webextensions/taskpanes.xml",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<wetp:taskpanes xmlns:wetp="${WETP_NS}"><wetp:taskpane dockstate="right" visibility="0" width="350" row="0"><wetp:webextensionref xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:id="rId1"/></wetp:taskpane></wetp:taskpanes>`,
  );
  zip.file(
    "xl/webextensions/_rels/taskpanes.xml.rels",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${REL_NS}"><Relationship Id="rId1" Type="http://schemas.microsoft.com/office/2011/relationships/webextension" Target="webextension1.xml"/></Relationships>`,
  );
  const rels = await zip.file("_rels/.rels")!.async("string");
  zip.file(
    "_rels/.rels",
    rels.replace(
      "</Relationships>",
      `<Relationship Id="rIdWe1" Type="http://schemas.microsoft.com/office/2011/relationships/webextensiontaskpanes" Target="xl/webextensions/taskpanes.xml"/></Relationships>`,
    ),
  );
  const types = await zip.file("[Content_Types].xml")!.async("string");
  zip.file(
    "[Content_Types].xml",
    types.replace(
      "</Types>",
      `<Override PartName="/xl/webextensions/taskpanes.xml" ContentType="application/vnd.ms-office.webextensiontaskpanes+xml"/><Override PartName="/xl/webextensions/webextension1.xml" ContentType="application/vnd.ms-office.webextension+xml"/></Types>`,
    ),
  );
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}

/**
 * The workbook as Excel would save it: values, formulas with results, the formats the model holds, data
 * validation, settings.
 */
export async function saveXlsx(book: SimWorkbook): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  for (const sheet of book.sheets) await writeSheet(wb, sheet);
  const active = Math.max(
    0,
    book.sheets.findIndex((s) => s.id === book.activeSheetId),
  );
  wb.views = [
    { activeTab: active, x: 0, y: 0, width: 10000, height: 20000, firstSheet: 0, visibility: "visible" },
  ];
  const bytes = Buffer.from(await wb.xlsx.writeBuffer());
  return addSettings(bytes, book.settings);
}
