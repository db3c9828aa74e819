import { type SheetGrid, type WorkbookGrid } from "../../core/grid";
import { MAX_SHEET_XML_BYTES } from "../inspect-bytes";
import { findWorkbookPart, parseWorkbookPart, readRelationships } from "./package";
import { sharedStrings } from "./shared-strings";
import { readSheetCells } from "./sheet";
import { dateStyles } from "./styles";
import { type Budget, PackageError, ZipParts } from "./zip-parts";

/**
 * Reads an .xlsx/.xlsm package into the grid the checks need, following the package as Office does:
 * [Content_Types].xml and the relationships lead to the workbook, its worksheets, shared strings and styles,
 * whatever their part names and whether targets are absolute or relative. Nothing else is unpacked: drawings,
 * charts, comments, images, pivot caches, VBA and external links are never read, so they cannot break a check.
 * Throws PackageError (or XmlError for a part that is not well-formed XML).
 */
export function readGrid(bytes: Uint8Array): WorkbookGrid {
  const parts = new ZipParts(bytes);
  // Worksheets are where a hostile or mistaken file is big; the other parts read share a budget of their own.
  const sheetBudget: Budget = { left: MAX_SHEET_XML_BYTES };
  const otherBudget: Budget = { left: MAX_SHEET_XML_BYTES };
  const workbookPart = findWorkbookPart(parts, otherBudget);
  const workbookXml = parts.text(workbookPart, otherBudget);
  if (workbookXml === null) throw new PackageError("damaged");
  const workbook = parseWorkbookPart(workbookXml);
  const rels = readRelationships(parts, workbookPart, otherBudget);
  const target = (type: string) => rels.find((r) => r.type === type && !r.external)?.target;

  const sheets = workbook.sheets.flatMap((s) => {
    const rel = rels.find((r) => r.id === s.relId);
    // Chart sheets, dialog and macro sheets hold no cells.
    return rel && rel.type === "worksheet" && !rel.external ? [{ ...s, part: rel.target }] : [];
  });
  const declared = sheets.reduce((n, s) => n + parts.declaredSize(s.part), 0);
  if (declared > sheetBudget.left) throw new PackageError("too-large");

  const stringsPart = target("sharedStrings");
  const stringsXml = stringsPart ? parts.text(stringsPart, otherBudget) : null;
  const stylesPart = target("styles");
  const stylesXml = stylesPart ? parts.text(stylesPart, otherBudget) : null;
  const ctx = {
    strings: stringsXml === null ? [] : sharedStrings(stringsXml),
    dateStyles: stylesXml === null ? [] : dateStyles(stylesXml),
    date1904: workbook.date1904,
  };

  return {
    sheets: sheets.map((s): SheetGrid => {
      const xml = parts.text(s.part, sheetBudget);
      if (xml === null) throw new PackageError("damaged");
      const { rows, merges, formulasWithoutResult } = readSheetCells(xml, ctx);
      const grid: SheetGrid = { name: s.name, rows, merges };
      if (s.hidden) grid.hidden = true;
      if (Object.keys(formulasWithoutResult).length > 0) grid.formulasWithoutResult = formulasWithoutResult;
      return grid;
    }),
  };
}
