import ExcelJS from "exceljs";
import JSZip from "jszip";
import { fromExcelJs } from "./validation-xlsx";
import {
  addSheet,
  cellFor,
  cellsIn,
  emptyWorkbook,
  parseRect,
  type Rect,
  type Scalar,
  type SimSheet,
  type SimWorkbook,
  type Visibility,
} from "./model";

/** Excel's serial day number of a date (1900 date system, as Excel hands dates to add-ins). */
function serial(d: Date): number {
  return (d.getTime() - Date.UTC(1899, 11, 30)) / 86400000;
}

function argbToHex(argb: string | undefined): string | null {
  if (!argb || argb.length < 6) return null;
  return `#${argb.slice(-6).toUpperCase()}`;
}

interface Shown {
  value: Scalar | null;
  error?: string;
  formula?: string;
}

function shown(v: ExcelJS.CellValue): Shown {
  if (v === null || v === undefined) return { value: null };
  if (typeof v === "number" || typeof v === "string" || typeof v === "boolean") return { value: v };
  if (v instanceof Date) return { value: serial(v) };
  if ("error" in v) return { value: v.error, error: v.error };
  if ("richText" in v) return { value: v.richText.map((t) => t.text).join("") };
  if ("formula" in v || "sharedFormula" in v) {
    const f = v as ExcelJS.CellFormulaValue & { sharedFormula?: string };
    const result = shown((f.result ?? null) as ExcelJS.CellValue);
    return { ...result, formula: `=${f.formula ?? f.sharedFormula ?? ""}` };
  }
  if ("text" in v) return { value: String(v.text) };
  return { value: String(v) };
}

/** What exceljs keeps of a sheet but leaves out of its typings. */
interface SheetExtras {
  sheetProtection?: { sheet?: boolean; formatCells?: boolean };
  conditionalFormattings?: ExcelJS.ConditionalFormattingOptions[];
  /** By cell address, whether or not the cell holds anything. */
  dataValidations?: { model: Record<string, ExcelJS.DataValidation> };
}

function loadSheet(book: SimWorkbook, ws: ExcelJS.Worksheet & SheetExtras): SimSheet {
  const sheet = addSheet(book, ws.name);
  sheet.visibility = (
    { visible: "Visible", hidden: "Hidden", veryHidden: "VeryHidden" } as Record<string, Visibility>
  )[ws.state];
  sheet.protected = !!ws.sheetProtection?.sheet;
  sheet.allowFormatCells = !!ws.sheetProtection?.formatCells;
  ws.eachRow({ includeEmpty: false }, (row) => {
    row.eachCell({ includeEmpty: true }, (c) => {
      // The non-master cells of a merge read as empty in Excel.
      const isSlave = c.isMerged && c.master !== c;
      const s = isSlave ? { value: null } : shown(c.value);
      const fill =
        c.fill && c.fill.type === "pattern" && c.fill.pattern !== "none" ? c.fill.fgColor : undefined;
      const border = c.border ?? {};
      const cell = cellFor(sheet, Number(row.number) - 1, Number(c.col) - 1);
      cell.value = s.value;
      if (s.error) cell.error = s.error;
      if (s.formula) cell.formula = s.formula;
      cell.numberFormat = c.numFmt || "General";
      cell.fill = argbToHex(fill?.argb);
      cell.bold = !!c.font?.bold;
      cell.wrap = !!c.alignment?.wrapText;
      cell.borders = (["top", "bottom", "left", "right"] as const)
        .filter((e) => border[e]?.style)
        .map((e) => `Edge${e[0].toUpperCase()}${e.slice(1)}`);
      cell.locked = c.protection?.locked !== false;
    });
  });
  for (const [address, v] of Object.entries(ws.dataValidations?.model ?? {})) {
    const rect = parseRect(address);
    if (rect) for (const [r, c] of cellsIn(rect)) cellFor(sheet, r, c).validation = fromExcelJs(v);
  }
  sheet.merges = (ws.model.merges ?? []).map((m) => parseRect(m)).filter((r): r is Rect => r !== null);
  for (const cf of ws.conditionalFormattings ?? []) {
    const ranges = cf.ref
      .split(/\s+/)
      .map((a) => parseRect(a))
      .filter((r): r is Rect => r !== null);
    const rules = [...cf.rules].sort((a, b) => (a.priority ?? 0) - (b.priority ?? 0));
    for (const rule of rules) {
      const expression = rule.type === "expression" ? (rule as ExcelJS.ExpressionRuleType) : null;
      const bg = rule.style?.fill && rule.style.fill.type === "pattern" ? rule.style.fill.bgColor : undefined;
      sheet.cfs.push({
        key: book.nextCfKey++,
        ranges,
        type: expression ? "Custom" : "Other",
        formula: expression?.formulae?.[0] !== undefined ? `=${String(expression.formulae[0])}` : null,
        fill: argbToHex(bg?.argb),
      });
    }
  }
  ws.columns?.forEach((col, i) => {
    if (col.width) sheet.columnWidths.set(i, col.width);
  });
  return sheet;
}

const PROPERTY = /<we:property\s+name="([^"]*)"\s+value="([^"]*)"\s*\/>/g;

function unescapeXml(s: string): string {
  return s
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");
}

/** The add-in's document settings, kept by Excel in the workbook's web extension part as JSON text. */
async function loadSettings(bytes: Buffer, book: SimWorkbook): Promise<void> {
  const zip = await JSZip.loadAsync(bytes);
  const part = zip.file(/^xl\/webextensions\/webextension\d*\.xml$/)[0];
  if (!part) return;
  const xml = await part.async("string");
  for (const m of xml.matchAll(PROPERTY)) book.settings.set(unescapeXml(m[1]), JSON.parse(unescapeXml(m[2])));
}

/** A simulated workbook from the bytes of a real .xlsx: what Excel would show after opening the file. */
export async function loadXlsx(bytes: Buffer): Promise<SimWorkbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  const book = emptyWorkbook();
  for (const ws of wb.worksheets) loadSheet(book, ws as ExcelJS.Worksheet & SheetExtras);
  if (book.sheets.length === 0) throw new Error("工作簿中没有工作表。");
  const active = wb.views?.[0]?.activeTab ?? 0;
  book.activeSheetId = (book.sheets[active] ?? book.sheets[0]).id;
  await loadSettings(bytes, book);
  return book;
}
