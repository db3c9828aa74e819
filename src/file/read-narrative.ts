import JSZip from "jszip";

/** A report text that cannot be read, with a Chinese message saying why. */
export class NarrativeError extends Error {}

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

function decodeXml(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (whole, name: string) => {
    if (name[0] === "#")
      return String.fromCodePoint(
        name[1] === "x" || name[1] === "X" ? parseInt(name.slice(2), 16) : Number(name.slice(1)),
      );
    return ENTITIES[name] ?? whole;
  });
}

/** Drops tables (innermost first): the statistics tables are checked from the workbook, not from the report's copy. */
function withoutTables(xml: string): string {
  let out = xml;
  for (let prev = ""; prev !== out;) {
    prev = out;
    out = out.replace(/<w:tbl>(?:(?!<w:tbl>)[\s\S])*?<\/w:tbl>/g, "");
  }
  return out;
}

/** Paragraph texts of a WordprocessingML body, one per line. */
export function documentXmlText(xml: string): string {
  const body = withoutTables(xml);
  const paragraphs = body.match(/<w:p(?=[\s>])[\s\S]*?<\/w:p>/g) ?? [];
  return paragraphs
    .map((p) =>
      (p.match(/<w:t(?:\s[^>]*)?>[^<]*<\/w:t>|<w:tab\/>|<w:br\/>/g) ?? [])
        .map((token) =>
          token === "<w:tab/>" ? "\t" : token === "<w:br/>" ? "\n" : decodeXml(token.replace(/<[^>]+>/g, "")),
        )
        .join(""),
    )
    .join("\n");
}

function decodeText(bytes: Uint8Array): string {
  const utf8 = new TextDecoder("utf-8").decode(bytes).replace(/^\uFEFF/, "");
  if (!utf8.includes("\uFFFD")) return utf8;
  // Plain-text reports saved by older Chinese Windows are GB18030/GBK.
  try {
    return new TextDecoder("gb18030").decode(bytes);
  } catch {
    return utf8;
  }
}

/** The report's text from a .docx, .txt or .md file (Node Buffer or browser ArrayBuffer). */
export async function readNarrative(data: ArrayBuffer | Uint8Array, fileName: string): Promise<string> {
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  const ext = /\.[^.]+$/.exec(fileName.toLowerCase())?.[0] ?? "";
  if (ext === ".doc" || ext === ".wps") {
    throw new NarrativeError(
      `「${fileName}」是旧版 Word/WPS 格式，无法直接读取；请在 Word 或 WPS 中另存为 .docx 或 .txt 后再试`,
    );
  }
  if (ext !== ".docx") return decodeText(bytes);
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch {
    throw new NarrativeError(
      `「${fileName}」不是有效的 .docx 文件（无法按 zip 打开）；请确认文件完整，或另存为 .txt 后再试`,
    );
  }
  const doc = zip.file("word/document.xml");
  if (!doc) throw new NarrativeError(`「${fileName}」中没有 Word 正文（word/document.xml），不是 Word 文档`);
  return documentXmlText(await doc.async("string"));
}
