import { convertWithLibreOffice } from "../../support/libreoffice";

/** RFC 4180 CSV as LibreOffice writes it: quoted fields may hold commas, quotes ("") and line breaks. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") {
      row.push(field);
      field = "";
    } else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && text[i + 1] === "\n") i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
    } else field += ch;
  }
  if (field !== "" || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

/**
 * Every sheet of every workbook as LibreOffice Calc's CSV export gives it (values, not as shown), in one run of
 * soffice: file name → sheet name → rows of cell texts.
 */
export async function libreOfficeCsv(
  files: Record<string, Uint8Array>,
): Promise<Record<string, Record<string, string[][]>>> {
  const written = await convertWithLibreOffice(
    files,
    "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1",
  );
  const out: Record<string, Record<string, string[][]>> = {};
  for (const n of Object.keys(files)) {
    const base = n.replace(/\.[^.]+$/, "");
    out[n] = {};
    for (const [csv, bytes] of written)
      if (csv.startsWith(`${base}-`) && csv.endsWith(".csv"))
        out[n][csv.slice(base.length + 1, -4)] = parseCsv(bytes.toString("utf8"));
  }
  return out;
}
