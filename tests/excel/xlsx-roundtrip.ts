import { execFile } from "child_process";
import ExcelJS from "exceljs";
import { existsSync, promises as fs } from "fs";
import os from "os";
import path from "path";
import { promisify } from "util";
import { FakeDocument } from "./fake-office";
import { type FakeValidation, FakeWorkbook, parseRect } from "./fake-workbook";

const run = promisify(execFile);
export const SOFFICE = ["/usr/bin/soffice", "/usr/bin/libreoffice"].find((p) => existsSync(p));

/**
 * What a file keeps of a workbook open in the fake Excel: values, number formats, hidden sheets, merges and data
 * validation. The add-in's document settings are not written: another program saving the file drops them too.
 */
export async function saveAsXlsx(wb: FakeWorkbook): Promise<Uint8Array> {
  const out = new ExcelJS.Workbook();
  for (const sheet of wb.sheets) {
    const ws = out.addWorksheet(sheet.name, { state: sheet.hidden ? "hidden" : "visible" });
    for (const [key, cell] of sheet.cells) {
      const [row, col] = key.split(",").map(Number);
      const target = ws.getCell(row + 1, col + 1);
      if (cell.value !== "") target.value = cell.value;
      if (cell.numberFormat) target.numFmt = cell.numberFormat;
      if (cell.validation) target.dataValidation = toExcelJs(cell.validation);
    }
    for (const m of sheet.merges) ws.mergeCells(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);
  }
  return new Uint8Array(await out.xlsx.writeBuffer());
}

/** Opens a saved file again, as the fake Excel's workbook behind a fresh document. */
export async function reopenXlsx(bytes: Uint8Array): Promise<FakeDocument> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(bytes as unknown as ArrayBuffer);
  const wb = new FakeWorkbook();
  book.eachSheet((ws) => {
    const sheet = wb.addSheet(ws.name);
    sheet.hidden = ws.state !== "visible";
    sheet.merges = ((ws.model as { merges?: string[] }).merges ?? []).map((a) => parseRect(a));
    ws.eachRow({ includeEmpty: false }, (row, r) =>
      row.eachCell({ includeEmpty: true }, (c, col) => {
        const cell = sheet.cell(r - 1, col - 1);
        // A merged area's value is its top-left cell's, as in Excel; rich text (LibreOffice writes some) is its text.
        const v = c.type === ExcelJS.ValueType.Merge ? null : c.value;
        if (typeof v === "string" || typeof v === "number" || typeof v === "boolean") cell.value = v;
        else if (v && typeof v === "object" && "richText" in v)
          cell.value = v.richText.map((t) => t.text).join("");
        if (c.numFmt && c.numFmt !== "General") cell.numberFormat = c.numFmt;
        if (c.dataValidation) cell.validation = fromExcelJs(c.dataValidation);
      }),
    );
  });
  wb.active = Math.max(
    0,
    wb.sheets.findIndex((s) => !s.hidden),
  );
  return new FakeDocument(wb);
}

/** The file opened and saved again by LibreOffice Calc, or null where LibreOffice is not installed. */
export async function throughLibreOffice(bytes: Uint8Array): Promise<Uint8Array | null> {
  if (!SOFFICE) return null;
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), "nianbao-lo-"));
  try {
    const input = path.join(dir, "in", "统计表.xlsx");
    await fs.mkdir(path.dirname(input));
    await fs.writeFile(input, bytes);
    const out = path.join(dir, "out");
    await run(
      SOFFICE,
      [
        `-env:UserInstallation=file://${dir}/profile`,
        "--headless",
        "--convert-to",
        "xlsx",
        "--outdir",
        out,
        input,
      ],
      { timeout: 120000 },
    );
    return new Uint8Array(await fs.readFile(path.join(out, "统计表.xlsx")));
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}

const OPERATORS: Record<string, ExcelJS.DataValidationOperator> = {
  GreaterThanOrEqualTo: "greaterThanOrEqual",
};
const TYPES: Record<string, ExcelJS.DataValidation["type"]> = {
  wholeNumber: "whole",
  decimal: "decimal",
  custom: "custom",
  list: "list",
};

function toExcelJs(v: FakeValidation): ExcelJS.DataValidation {
  const [kind, criteria] = Object.entries(v.rule)[0] as [
    string,
    { formula1?: unknown; formula?: string; operator?: string; source?: string },
  ];
  const formula =
    criteria.source !== undefined
      ? `"${criteria.source}"`
      : criteria.formula !== undefined
        ? criteria.formula.replace(/^=/, "")
        : criteria.formula1;
  return {
    type: TYPES[kind],
    operator: criteria.operator ? OPERATORS[criteria.operator] : undefined,
    formulae: [formula],
    allowBlank: v.ignoreBlanks,
    showInputMessage: v.prompt.showPrompt,
    promptTitle: v.prompt.title,
    prompt: v.prompt.message,
    showErrorMessage: v.errorAlert.showAlert,
    errorStyle: v.errorAlert.style.toLowerCase(),
    errorTitle: v.errorAlert.title,
    error: v.errorAlert.message,
  };
}

function fromExcelJs(v: ExcelJS.DataValidation): FakeValidation {
  const kind = Object.entries(TYPES).find(([, t]) => t === v.type)?.[0] ?? String(v.type);
  const operator = Object.entries(OPERATORS).find(([, o]) => o === v.operator)?.[0];
  const formula = v.formulae?.[0];
  const criteria =
    kind === "custom"
      ? { formula: `=${String(formula)}` }
      : kind === "list"
        ? { source: String(formula).replace(/^"|"$/g, "") }
        : {
            formula1:
              typeof formula === "string" && /^-?\d+(\.\d+)?$/.test(formula) ? Number(formula) : formula,
            operator,
          };
  return {
    rule: { [kind]: criteria },
    ignoreBlanks: !!v.allowBlank,
    prompt: { showPrompt: !!v.showInputMessage, title: v.promptTitle ?? "", message: v.prompt ?? "" },
    errorAlert: {
      showAlert: !!v.showErrorMessage,
      style: v.errorStyle ? v.errorStyle[0].toUpperCase() + v.errorStyle.slice(1) : "Stop",
      title: v.errorTitle ?? "",
      message: v.error ?? "",
    },
  };
}
