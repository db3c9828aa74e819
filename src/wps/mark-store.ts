import { type EtDocumentProperty, type EtWorkbook, items, XL } from "./et";

/** A fill we painted: the clerk's own fill (colour, pattern, pattern colour) to put back, and our mark colour. */
export interface WpsFill {
  sheet: string;
  cell: string;
  color: number;
  pattern: number;
  patternColor: number;
  mark: number;
}

const KEY = "nianbao.marks";
/** Office keeps a text document property to 255 characters: the record is spread over numbered ones. */
const CHUNK = 255;

function ours(workbook: EtWorkbook): Map<string, EtDocumentProperty> {
  const props = items(workbook.CustomDocumentProperties).filter((p) => p.Name.startsWith(KEY));
  return new Map(props.map((p) => [p.Name, p]));
}

function isFill(v: unknown): v is WpsFill {
  const f = v as WpsFill;
  return (
    typeof f === "object" &&
    f !== null &&
    typeof f.sheet === "string" &&
    typeof f.cell === "string" &&
    ["color", "pattern", "patternColor", "mark"].every((k) => typeof f[k as keyof WpsFill] === "number")
  );
}

/**
 * Our marks as recorded in the workbook's custom document properties: saved with the file like Excel's document
 * settings, so 清除标记 still restores after the workbook was closed and opened again. A damaged record reads as none.
 */
export function loadMarks(workbook: EtWorkbook): WpsFill[] {
  const props = ours(workbook);
  const count = Number(props.get(KEY)?.Value);
  if (!Number.isInteger(count) || count <= 0) return [];
  let text = "";
  for (let i = 1; i <= count; i++) text += String(props.get(`${KEY}.${i}`)?.Value ?? "");
  try {
    const parsed: unknown = JSON.parse(text);
    return Array.isArray(parsed) ? parsed.filter(isFill) : [];
  } catch {
    return [];
  }
}

export function storeMarks(workbook: EtWorkbook, marks: readonly WpsFill[]): void {
  for (const p of ours(workbook).values()) p.Delete();
  if (marks.length === 0) return;
  const text = JSON.stringify(marks);
  const chunks: string[] = [];
  for (let i = 0; i < text.length; i += CHUNK) chunks.push(text.slice(i, i + CHUNK));
  const props = workbook.CustomDocumentProperties;
  chunks.forEach((c, i) => props.Add(`${KEY}.${i + 1}`, false, XL.propertyTypeString, c));
  props.Add(KEY, false, XL.propertyTypeString, String(chunks.length));
}
