import { scan } from "./xml";
import { type Budget, PackageError, type ZipParts } from "./zip-parts";

/** A relationship of a part, its target resolved to a part name of the package (no leading slash). */
export interface Relationship {
  id: string;
  /** The last segment of the relationship type: "officeDocument", "worksheet", "sharedStrings", "styles", … */
  type: string;
  target: string;
  external: boolean;
}

/** "xl/workbook.xml" → "xl/_rels/workbook.xml.rels"; the package itself ("") → "_rels/.rels". */
export function relsPartOf(part: string): string {
  const slash = part.lastIndexOf("/");
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/** A target with escapes, a fragment, backslashes, "." or ".." segments or empty ones, or a trailing slash. */
const NOT_PLAIN = /[%#\\]|\/\/|(^|\/)\.\.?(\/|$)|\/$|^\/?$/;

/**
 * Resolves a relationship target as OPC does: an absolute target ("/xl/comments/comment1.xml", as openpyxl
 * writes) from the package root, a relative one ("worksheets/sheet1.xml", "../media/image1.png") from the
 * folder of the source part; percent-escapes decoded.
 */
export function resolveTarget(sourcePart: string, target: string): string {
  // Most targets are plain ("worksheets/sheet1.xml", "/xl/workbook.xml"): joined without splitting them.
  if (!NOT_PLAIN.test(target))
    return target.startsWith("/")
      ? target.slice(1)
      : sourcePart.slice(0, sourcePart.lastIndexOf("/") + 1) + target;
  let path = target.split("#")[0];
  try {
    path = decodeURIComponent(path);
  } catch {
    // A stray % in a part name: keep the name as written.
  }
  path = path.replace(/\\/g, "/");
  const base = path.startsWith("/") ? [] : sourcePart.split("/").slice(0, -1);
  for (const segment of path.split("/")) {
    if (segment === "" || segment === ".") continue;
    if (segment === "..") base.pop();
    else base.push(segment);
  }
  return base.join("/");
}

export function readRelationships(parts: ZipParts, sourcePart: string, budget: Budget): Relationship[] {
  const xml = parts.text(relsPartOf(sourcePart), budget);
  if (xml === null) return [];
  const out: Relationship[] = [];
  scan(xml, {
    open(name, attrs) {
      const target = name === "Relationship" ? attrs.get("Target") : undefined;
      if (!target) return;
      const external = attrs.get("TargetMode") === "External";
      out.push({
        id: attrs.get("Id") ?? "",
        type: (attrs.get("Type") ?? "").replace(/.*\//, ""),
        target: external ? target : resolveTarget(sourcePart, target),
        external,
      });
    },
  });
  return out;
}

/** Content types of the package by part name (lower case), from [Content_Types].xml's Override and Default entries. */
export function contentTypeOf(parts: ZipParts, budget: Budget): (part: string) => string | undefined {
  const xml = parts.text("[Content_Types].xml", budget);
  const overrides = new Map<string, string>();
  const defaults = new Map<string, string>();
  if (xml !== null)
    scan(xml, {
      open(name, attrs) {
        if (name !== "Override" && name !== "Default") return;
        const key = attrs.get(name === "Override" ? "PartName" : "Extension");
        const type = attrs.get("ContentType");
        if (!key || !type) return;
        if (name === "Override") overrides.set(resolveTarget("", key).toLowerCase(), type);
        else defaults.set(key.toLowerCase(), type);
      },
    });
  return (part) => {
    const lower = part.toLowerCase();
    return overrides.get(lower) ?? defaults.get(lower.replace(/.*\./, ""));
  };
}

/** Workbooks in XML: .xlsx, .xlsm, .xltx, .xltm. The binary .xlsb is not one of them. */
const WORKBOOK_TYPE =
  /(spreadsheetml\.(sheet|template)\.main\+xml|ms-excel\.(sheet|template)\.macroEnabled\.main\+xml)$/i;

/** The workbook part of the package, found through its relationships as Office does; throws PackageError otherwise. */
export function findWorkbookPart(parts: ZipParts, budget: Budget): string {
  const main = readRelationships(parts, "", budget).find((r) => r.type === "officeDocument" && !r.external);
  if (main && parts.has(main.target)) {
    // The name every writer gives the workbook part. Its content type is not read (a twentieth of reading a
    // small workbook): the part's root element decides all the same (parseWorkbookPart).
    if (main.target.toLowerCase() === "xl/workbook.xml") return main.target;
    const type = contentTypeOf(parts, budget)(main.target) ?? "";
    if (WORKBOOK_TYPE.test(type)) return main.target;
    if (/wordprocessingml|ms-word/i.test(type) || main.target.toLowerCase().startsWith("word/"))
      throw new PackageError("word");
    // A writer that left the content type out: the part's own root element decides (see readWorkbookPart).
    if (type === "") return main.target;
    throw new PackageError("not-a-workbook");
  }
  if (parts.has("xl/workbook.xml")) return "xl/workbook.xml";
  if (parts.names().some((n) => n.toLowerCase().startsWith("word/"))) throw new PackageError("word");
  throw new PackageError("not-a-workbook");
}

export interface SheetEntry {
  name: string;
  hidden: boolean;
  relId: string;
}

export interface WorkbookPart {
  sheets: SheetEntry[];
  date1904: boolean;
}

export function parseWorkbookPart(xml: string): WorkbookPart {
  const sheets: SheetEntry[] = [];
  let date1904 = false;
  let root: string | null = null;
  scan(xml, {
    open(name, attrs) {
      if (root === null) root = name;
      if (name === "sheet") {
        const relId = Object.entries(attrs.record()).find(([k]) => k.endsWith(":id"))?.[1] ?? "";
        const state = attrs.get("state") ?? "visible";
        sheets.push({ name: attrs.get("name") ?? "", hidden: state !== "visible", relId });
      } else if (name === "workbookPr") {
        const d = attrs.get("date1904");
        date1904 = d === "1" || d === "true";
      }
    },
  });
  if (root !== "workbook") throw new PackageError("not-a-workbook");
  return { sheets, date1904 };
}

/** The relative target that leads from `sourcePart` to `part`, as Office writes targets. */
export function relativeTarget(sourcePart: string, part: string): string {
  const from = sourcePart.split("/").slice(0, -1);
  const to = part.split("/");
  let common = 0;
  while (common < from.length && common < to.length - 1 && from[common] === to[common]) common++;
  return [...from.slice(common).map(() => ".."), ...to.slice(common)].map(encodeURIComponent).join("/");
}
