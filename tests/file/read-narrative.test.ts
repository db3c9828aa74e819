import { Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from "docx";
import { documentXmlText, NarrativeError, readNarrative } from "../../src/file/read-narrative";

test("plain text in UTF-8 (with BOM) or in GB18030 from older Chinese Windows", async () => {
  expect(await readNarrative(new TextEncoder().encode("\uFEFF政策解读7条"), "报告.txt")).toBe("政策解读7条");
  const gbk = Uint8Array.from([0xd5, 0xfe, 0xb2, 0xdf, 0xbd, 0xe2, 0xb6, 0xc1, 0x37, 0xcc, 0xf5]);
  expect(await readNarrative(gbk, "报告.txt")).toBe("政策解读7条");
});

test("a .docx gives one line per paragraph, runs joined, entities decoded, tables left out", async () => {
  const doc = new Document({
    sections: [
      {
        children: [
          new Paragraph({ children: [new TextRun("三、收到和处理"), new TextRun("政府信息公开申请情况")] }),
          new Paragraph({ children: [new TextRun("新收申请 <713> 件 & 结转")] }),
          new Table({
            rows: [new TableRow({ children: [new TableCell({ children: [new Paragraph("表内99件")] })] })],
          }),
          new Paragraph("完"),
        ],
      },
    ],
  });
  const text = await readNarrative(await Packer.toBuffer(doc), "报告.docx");
  expect(text.split("\n")).toEqual(["三、收到和处理政府信息公开申请情况", "新收申请 <713> 件 & 结转", "完"]);
});

test("tabs and line breaks inside a paragraph are kept", () => {
  const xml =
    '<w:body><w:p><w:r><w:t xml:space="preserve">一、</w:t><w:tab/><w:t>总体情况</w:t><w:br/><w:t>&#20010;</w:t></w:r></w:p></w:body>';
  expect(documentXmlText(xml)).toBe("一、\t总体情况\n个");
});

test("old Word files and broken .docx files are refused with a Chinese reason", async () => {
  await expect(readNarrative(new Uint8Array([0xd0, 0xcf]), "报告.doc")).rejects.toThrow(
    /旧版 Word\/WPS 格式.*另存为 \.docx 或 \.txt/,
  );
  await expect(readNarrative(new TextEncoder().encode("not a zip"), "报告.docx")).rejects.toBeInstanceOf(
    NarrativeError,
  );
});
