import { zipSync } from "fflate";
import { type Highlight } from "../core/host";
import { type Severity } from "../core/templates/schema";
import { SEVERITY_FILL, SEVERITY_RANK, SEVERITY_WORD } from "./file-host";
import { addComments, addNoteShapes, type Note } from "./xlsx/edit-comments";
import { addContentTypes, addRelationships } from "./xlsx/edit-package";
import { restyleCells, scanSheet, stylesOf } from "./xlsx/edit-sheet";
import { addFilledFormats } from "./xlsx/edit-styles";
import {
  contentTypeOf,
  findWorkbookPart,
  parseWorkbookPart,
  readRelationships,
  relativeTarget,
  relsPartOf,
} from "./xlsx/package";
import { type Budget, ZipParts } from "./xlsx/zip-parts";

const COMMENTS_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml";
const VML_TYPE = "application/vnd.openxmlformats-officedocument.vmlDrawing";
const AUTHOR = "年报助手";
/** Everything unpacked for the copy: the whole workbook is rewritten, media included, so a wider budget. */
const COPY_BUDGET = 64 * 1024 * 1024;

interface CellMarks {
  address: string;
  severity: Severity;
  messages: string[];
}

function marksBySheet(highlights: readonly Highlight[]): Map<string, CellMarks[]> {
  const bySheet = new Map<string, Map<string, CellMarks>>();
  for (const h of highlights) {
    const cells = bySheet.get(h.sheet) ?? new Map<string, CellMarks>();
    bySheet.set(h.sheet, cells);
    const address = h.cell.toUpperCase();
    const c = cells.get(address) ?? { address, severity: h.severity, messages: [] };
    if (SEVERITY_RANK[h.severity] > SEVERITY_RANK[c.severity]) c.severity = h.severity;
    const line = `【${SEVERITY_WORD[h.severity]}】${h.message}`;
    if (!c.messages.includes(line)) c.messages.push(line);
    cells.set(address, c);
  }
  return new Map([...bySheet].map(([s, cells]) => [s, [...cells.values()]]));
}

const enc = (s: string) => new TextEncoder().encode(s);
const dec = (b: Uint8Array) => new TextDecoder().decode(b);

function unusedName(files: Record<string, Uint8Array>, make: (n: number) => string): string {
  const taken = new Set(Object.keys(files).map((n) => n.toLowerCase()));
  for (let n = 1; ; n++) if (!taken.has(make(n).toLowerCase())) return make(n);
}

/**
 * Adds the findings to a copy of the workbook in `bytes` as a surgical edit of its package: each flagged cell gets
 * a solid fill for its worst severity (a copy of its own cell format with that fill, appended to styles.xml) and a
 * note listing the messages (after any note it already had). Only the sheets' XML, styles.xml, the comments and
 * VML parts and the relationships and content types these need change; every other part — charts, images, pivot
 * tables, macros — is copied byte for byte.
 */
export async function annotateWorkbook(
  bytes: Uint8Array,
  highlights: readonly Highlight[],
): Promise<Uint8Array> {
  const parts = new ZipParts(bytes);
  const budget: Budget = { left: COPY_BUDGET };
  const files: Record<string, Uint8Array> = {};
  for (const name of parts.names()) if (!name.endsWith("/")) files[name] = parts.read(name, budget)!;
  const partName = (name: string) =>
    Object.keys(files).find((n) => n.toLowerCase() === name.toLowerCase()) ?? name;
  const text = (name: string) => (files[partName(name)] ? dec(files[partName(name)]) : null);
  const write = (name: string, xml: string) => (files[partName(name)] = enc(xml));

  const readBudget: Budget = { left: COPY_BUDGET };
  const workbookPart = findWorkbookPart(parts, readBudget);
  const workbook = parseWorkbookPart(text(workbookPart) ?? "");
  const rels = readRelationships(parts, workbookPart, readBudget);
  const stylesPart = rels.find((r) => r.type === "styles")?.target;
  const typeOf = contentTypeOf(parts, readBudget);
  const contentTypes: string[] = [];

  const sheets = [...marksBySheet(highlights)].flatMap(([name, marks]) => {
    const entry = workbook.sheets.find((s) => s.name === name);
    const rel = entry && rels.find((r) => r.id === entry.relId && r.type === "worksheet");
    const xml = rel && text(rel.target);
    return rel && xml ? [{ part: rel.target, marks, scan: scanSheet(xml) }] : [];
  });
  if (sheets.length === 0) return bytes;
  if (!stylesPart || text(stylesPart) === null)
    throw new Error("工作簿缺少样式部件（styles.xml），无法标注；请在 Excel 或 WPS 中另存为 .xlsx 后再试");

  const requests = sheets.flatMap((s) => {
    const current = stylesOf(
      s.scan,
      s.marks.map((m) => m.address),
    );
    return s.marks.map((m) => ({
      address: m.address,
      xf: current.get(m.address) ?? 0,
      argb: SEVERITY_FILL[m.severity],
    }));
  });
  const styles = addFilledFormats(text(stylesPart)!, requests);
  write(stylesPart, styles.xml);

  sheets.forEach((sheet, i) => {
    const current = stylesOf(
      sheet.scan,
      sheet.marks.map((m) => m.address),
    );
    const newStyles = new Map(
      sheet.marks.map((m) => [
        m.address,
        styles.index.get(`${current.get(m.address) ?? 0}|${SEVERITY_FILL[m.severity]}`)!,
      ]),
    );
    const notes: Note[] = sheet.marks.map((m) => ({
      address: m.address,
      text: `年报助手：\n${m.messages.join("\n")}`,
    }));
    const sheetRels = readRelationships(parts, sheet.part, readBudget);
    const commentsRel = sheetRels.find((r) => r.type === "comments" && !r.external);
    const vmlRel = sheet.scan.legacyDrawing
      ? sheetRels.find((r) => r.id === sheet.scan.legacyDrawing)
      : undefined;

    const commentsPart = commentsRel?.target ?? unusedName(files, (n) => `xl/comments${n}.xml`);
    const comments = addComments(commentsRel ? text(commentsPart) : null, notes, AUTHOR);
    write(commentsPart, comments.xml);
    const vmlPart = vmlRel?.target ?? unusedName(files, (n) => `xl/drawings/vmlDrawing${n}.vml`);
    write(vmlPart, addNoteShapes(vmlRel ? text(vmlPart) : null, comments.added, 100 + i));

    const newRels = [
      ...(commentsRel ? [] : [{ type: "comments", target: relativeTarget(sheet.part, commentsPart) }]),
      ...(vmlRel ? [] : [{ type: "vmlDrawing", target: relativeTarget(sheet.part, vmlPart) }]),
    ];
    let legacyId: string | undefined;
    if (newRels.length > 0) {
      const added = addRelationships(text(relsPartOf(sheet.part)), newRels);
      write(relsPartOf(sheet.part), added.xml);
      if (!vmlRel) legacyId = added.ids[added.ids.length - 1];
    }
    if (!commentsRel)
      contentTypes.push(`<Override PartName="/${commentsPart}" ContentType="${COMMENTS_TYPE}"/>`);
    if (!vmlRel && typeOf(vmlPart) === undefined && !contentTypes.some((c) => c.includes('Extension="vml"')))
      contentTypes.push(`<Default Extension="vml" ContentType="${VML_TYPE}"/>`);
    write(sheet.part, restyleCells(sheet.scan, newStyles, legacyId));
  });

  if (contentTypes.length > 0)
    write("[Content_Types].xml", addContentTypes(text("[Content_Types].xml")!, contentTypes));
  return zipSync(files);
}
