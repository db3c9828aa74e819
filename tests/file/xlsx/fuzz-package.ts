import { zipSync } from "fflate";
import { type CellValue, columnName, type Merge, type WorkbookGrid } from "../../../src/core/grid";

/** What a fuzzed cell holds, as a writer would put it in the package. */
export type FuzzValue =
  | { kind: "number"; value: number }
  | { kind: "shared"; value: string }
  | { kind: "inline"; value: string }
  | { kind: "rich"; runs: string[]; phonetic: string; shared: boolean }
  | { kind: "bool"; value: boolean }
  | { kind: "error"; value: string }
  /** A formula whose text gives its result, so that any reader or recalculation agrees; null: saved without. */
  | { kind: "formula"; formula: string; result: number | string | boolean | { error: string } | null };

export interface FuzzCell {
  row: number;
  col: number;
  v: FuzzValue;
}

export interface FuzzSheet {
  name: string;
  cells: FuzzCell[];
  merges: Merge[];
  hidden?: boolean;
}

/** How the package is written: the freedoms OPC gives writers, which the reader must follow. */
export interface PackageStyle {
  absoluteTargets: boolean;
  /** Part names other than Excel's, in other folders (reached through ../). */
  oddPartNames: boolean;
  /** Elements with a namespace prefix (x:c) instead of the default namespace. */
  prefixed: boolean;
  /** Cells without their r attribute where they follow the previous cell of the row. */
  omitCellRefs: boolean;
}

export const EXCEL_STYLE: PackageStyle = {
  absoluteTargets: false,
  oddPartNames: false,
  prefixed: false,
  omitCellRefs: false,
};

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG = "http://schemas.openxmlformats.org/package/2006/relationships";

const esc = (s: string) =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

function tText(s: string): string {
  return `<t${/^\s|\s$/.test(s) ? ' xml:space="preserve"' : ""}>${esc(s)}</t>`;
}

/** Cells inside a merged area other than its top-left one are left out: Excel shows the top-left value only. */
export function visibleCells(sheet: FuzzSheet): FuzzCell[] {
  const byPos = new Map<string, FuzzCell>();
  for (const c of sheet.cells) {
    const hidden = sheet.merges.some(
      (m) =>
        c.row >= m.top &&
        c.row <= m.bottom &&
        c.col >= m.left &&
        c.col <= m.right &&
        (c.row !== m.top || c.col !== m.left),
    );
    if (!hidden) byPos.set(`${c.row},${c.col}`, c);
  }
  return [...byPos.values()].sort((a, b) => a.row - b.row || a.col - b.col);
}

export function expectedValue(v: FuzzValue): CellValue {
  switch (v.kind) {
    case "rich":
      return v.runs.join("");
    case "error":
      return { error: v.value };
    case "formula":
      return v.result;
    default:
      return v.value;
  }
}

/** The grid a faithful reader gives for these sheets (formulas without a result are blank in it). */
export function expectedGrid(sheets: FuzzSheet[]): WorkbookGrid {
  return {
    sheets: sheets.map((s) => {
      const rows: CellValue[][] = [];
      for (const c of visibleCells(s)) (rows[c.row] ??= [])[c.col] = expectedValue(c.v);
      return { name: s.name, rows, merges: s.merges };
    }),
  };
}

function cellXml(c: FuzzCell, strings: string[], ref: string, p: string): string {
  const r = ref ? ` r="${ref}"` : "";
  const v = c.v;
  switch (v.kind) {
    case "number":
      return `<${p}c${r}><${p}v>${v.value}</${p}v></${p}c>`;
    case "shared":
      strings.push(`<${p}si>${tText(v.value).replace(/<(\/?)t/g, `<$1${p}t`)}</${p}si>`);
      return `<${p}c${r} t="s"><${p}v>${strings.length - 1}</${p}v></${p}c>`;
    case "inline":
      return `<${p}c${r} t="inlineStr"><${p}is>${tText(v.value).replace(/<(\/?)t/g, `<$1${p}t`)}</${p}is></${p}c>`;
    case "rich": {
      const runs = v.runs.map(
        (t, i) =>
          `<${p}r>${i % 2 ? `<${p}rPr><${p}b/></${p}rPr>` : ""}${tText(t).replace(/<(\/?)t/g, `<$1${p}t`)}</${p}r>`,
      );
      const phonetic = v.phonetic
        ? `<${p}rPh sb="0" eb="1"><${p}t>${esc(v.phonetic)}</${p}t></${p}rPh><${p}phoneticPr fontId="1"/>`
        : "";
      if (!v.shared) return `<${p}c${r} t="inlineStr"><${p}is>${runs.join("")}</${p}is></${p}c>`;
      strings.push(`<${p}si>${runs.join("")}${phonetic}</${p}si>`);
      return `<${p}c${r} t="s"><${p}v>${strings.length - 1}</${p}v></${p}c>`;
    }
    case "bool":
      return `<${p}c${r} t="b"><${p}v>${v.value ? 1 : 0}</${p}v></${p}c>`;
    case "error":
      return `<${p}c${r} t="e"><${p}v>${esc(v.value)}</${p}v></${p}c>`;
    case "formula": {
      const f = `<${p}f>${esc(v.formula)}</${p}f>`;
      const res = v.result;
      if (res === null) return `<${p}c${r}>${f}</${p}c>`;
      if (typeof res === "string") return `<${p}c${r} t="str">${f}<${p}v>${esc(res)}</${p}v></${p}c>`;
      if (typeof res === "boolean") return `<${p}c${r} t="b">${f}<${p}v>${res ? 1 : 0}</${p}v></${p}c>`;
      if (typeof res === "object") return `<${p}c${r} t="e">${f}<${p}v>${esc(res.error)}</${p}v></${p}c>`;
      return `<${p}c${r}>${f}<${p}v>${res}</${p}v></${p}c>`;
    }
  }
}

function sheetXml(sheet: FuzzSheet, strings: string[], style: PackageStyle): string {
  const p = style.prefixed ? "x:" : "";
  const ns = style.prefixed ? `xmlns:x="${MAIN}"` : `xmlns="${MAIN}"`;
  const rows = new Map<number, FuzzCell[]>();
  for (const c of visibleCells(sheet)) rows.set(c.row, [...(rows.get(c.row) ?? []), c]);
  const rowXml = [...rows.entries()].map(([r, cells]) => {
    let prev = -2;
    const cs = cells.map((c) => {
      const ref = style.omitCellRefs && c.col === prev + 1 ? "" : `${columnName(c.col)}${r + 1}`;
      prev = c.col;
      return cellXml(c, strings, ref, p);
    });
    return `<${p}row r="${r + 1}">${cs.join("")}</${p}row>`;
  });
  const merges = sheet.merges.length
    ? `<${p}mergeCells count="${sheet.merges.length}">${sheet.merges
        .map(
          (m) =>
            `<${p}mergeCell ref="${columnName(m.left)}${m.top + 1}:${columnName(m.right)}${m.bottom + 1}"/>`,
        )
        .join("")}</${p}mergeCells>`
    : "";
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<${p}worksheet ${ns}><${p}sheetData>${rowXml.join("")}</${p}sheetData>${merges}</${p}worksheet>`;
}

/** An .xlsx package of these sheets, written as `style` says. */
export function writePackage(sheets: FuzzSheet[], style: PackageStyle = EXCEL_STYLE): Uint8Array {
  const odd = style.oddPartNames;
  const workbookPart = odd ? "data/book.xml" : "xl/workbook.xml";
  const sheetPart = (i: number) => (odd ? `tabs/Tab ${i + 1}.xml` : `xl/worksheets/sheet${i + 1}.xml`);
  const stringsPart = odd ? "text/strings.xml" : "xl/sharedStrings.xml";
  const stylesPart = odd ? "data/look.xml" : "xl/styles.xml";
  const target = (from: string, part: string) => {
    if (style.absoluteTargets) return `/${part}`;
    const fromDir = from.split("/").slice(0, -1);
    const to = part.split("/");
    let common = 0;
    while (common < fromDir.length && fromDir[common] === to[common]) common++;
    return [...fromDir.slice(common).map(() => ".."), ...to.slice(common)].map(encodeURIComponent).join("/");
  };
  const strings: string[] = [];
  const sheetXmls = sheets.map((s) => sheetXml(s, strings, style));
  const p = style.prefixed ? "x:" : "";
  const ns = style.prefixed ? `xmlns:x="${MAIN}"` : `xmlns="${MAIN}"`;
  const rels = (list: Array<[string, string, string]>) =>
    `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${PKG}">${list
      .map(([id, type, t]) => `<Relationship Id="${id}" Type="${REL}/${type}" Target="${esc(t)}"/>`)
      .join("")}</Relationships>`;
  const files: Record<string, Uint8Array> = {};
  const put = (name: string, text: string) => (files[name] = new TextEncoder().encode(text));
  put(
    "[Content_Types].xml",
    `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/${workbookPart}" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>${sheets
      .map(
        (_, i) =>
          `<Override PartName="/${encodeURI(sheetPart(i))}" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`,
      )
      .join(
        "",
      )}<Override PartName="/${stringsPart}" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/><Override PartName="/${stylesPart}" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>`,
  );
  put("_rels/.rels", rels([["rId1", "officeDocument", target("", workbookPart)]]));
  put(
    workbookPart,
    `<?xml version="1.0" encoding="UTF-8"?><${p}workbook ${ns} xmlns:r="${REL}"><${p}sheets>${sheets
      .map(
        (s, i) =>
          `<${p}sheet name="${esc(s.name)}" sheetId="${i + 1}"${s.hidden ? ' state="hidden"' : ""} r:id="rId${i + 1}"/>`,
      )
      .join("")}</${p}sheets></${p}workbook>`,
  );
  const relsName = `${workbookPart.replace(/[^/]*$/, "")}_rels/${workbookPart.replace(/.*\//, "")}.rels`;
  put(
    relsName,
    rels([
      ...sheets.map((_, i): [string, string, string] => [
        `rId${i + 1}`,
        "worksheet",
        target(workbookPart, sheetPart(i)),
      ]),
      ["rIdS", "sharedStrings", target(workbookPart, stringsPart)],
      ["rIdT", "styles", target(workbookPart, stylesPart)],
    ]),
  );
  sheetXmls.forEach((xml, i) => put(sheetPart(i), xml));
  put(
    stringsPart,
    `<?xml version="1.0" encoding="UTF-8"?><${p}sst ${ns} count="${strings.length}" uniqueCount="${strings.length}">${strings.join("")}</${p}sst>`,
  );
  put(
    stylesPart,
    `<?xml version="1.0" encoding="UTF-8"?><${p}styleSheet ${ns}><${p}fonts count="1"><${p}font><${p}sz val="11"/></${p}font></${p}fonts><${p}fills count="1"><${p}fill><${p}patternFill patternType="none"/></${p}fill></${p}fills><${p}borders count="1"><${p}border/></${p}borders><${p}cellStyleXfs count="1"><${p}xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></${p}cellStyleXfs><${p}cellXfs count="1"><${p}xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></${p}cellXfs></${p}styleSheet>`,
  );
  return zipSync(files);
}
