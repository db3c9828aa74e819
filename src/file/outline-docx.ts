import { AlignmentType, Document, HeadingLevel, HighlightColor, Packer, Paragraph, TextRun } from "docx";
import { type Outline, type Run } from "../core/outline";

/** Chinese official documents are set in 仿宋 with headings in 黑体; Word substitutes what the machine lacks. */
const BODY_FONT = { ascii: "Times New Roman", hAnsi: "Times New Roman", eastAsia: "仿宋" };
const HEADING_FONT = { ascii: "Times New Roman", hAnsi: "Times New Roman", eastAsia: "黑体" };

function textRun(run: Run): TextRun {
  // Gaps and unchecked figures are highlighted so the clerk cannot miss them when editing.
  if (run.kind === "placeholder") return new TextRun({ text: run.text, highlight: HighlightColor.YELLOW });
  if (run.kind === "unverified") return new TextRun({ text: run.text, highlight: HighlightColor.RED });
  return new TextRun({ text: run.text });
}

function document(outline: Outline): Document {
  const children: Paragraph[] = [
    new Paragraph({
      heading: HeadingLevel.TITLE,
      alignment: AlignmentType.CENTER,
      children: outline.title.map(textRun),
    }),
  ];
  for (const b of outline.blocks) {
    if (b.kind === "heading") {
      const heading = b.level === 1 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2;
      children.push(new Paragraph({ heading, children: [new TextRun({ text: b.text })] }));
    } else {
      children.push(new Paragraph({ indent: { firstLine: 640 }, children: b.runs.map(textRun) }));
    }
  }
  const heading = {
    run: { font: HEADING_FONT, size: 32, bold: false, color: "000000" },
    paragraph: { spacing: { before: 120, after: 120 } },
  };
  return new Document({
    creator: "年报助手",
    title: outline.title.map((r) => r.text).join(""),
    styles: {
      default: {
        document: { run: { font: BODY_FONT, size: 32 }, paragraph: { spacing: { line: 560 } } },
        title: {
          run: { font: { ...HEADING_FONT, eastAsia: "宋体" }, size: 44, bold: true, color: "000000" },
        },
        heading1: heading,
        heading2: { ...heading, run: { ...heading.run, font: { ...HEADING_FONT, eastAsia: "楷体" } } },
      },
    },
    sections: [{ children }],
  });
}

/** The outline as a .docx file with real Word heading styles (Title, Heading1, Heading2); works in Node and in the browser. */
export async function outlineToDocx(outline: Outline): Promise<Uint8Array> {
  return new Uint8Array(await Packer.toArrayBuffer(document(outline)));
}
