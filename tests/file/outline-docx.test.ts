import JSZip from "jszip";
import { generateOutline } from "../../src/core/outline";
import { outlineToDocx } from "../../src/file/outline-docx";
import { checked, filled, FULL } from "../core/outline/fixtures";

async function documentXml(
  templateId: string,
  figures = filled(templateId, FULL[templateId]),
): Promise<string> {
  const outline = generateOutline(checked(templateId, figures), { unit: "XX市财政局", year: 2025 })!;
  const zip = await JSZip.loadAsync(await outlineToDocx(outline));
  return zip.file("word/document.xml")!.async("string");
}

test("title, sections and sub-sections use Word's Title, Heading1 and Heading2 styles", async () => {
  const xml = await documentXml("gov-2021");
  const styled = (style: string) =>
    [...xml.matchAll(new RegExp(`<w:pStyle w:val="${style}"/>.*?</w:p>`, "g"))].map((m) =>
      m[0].replace(/<[^>]+>/g, ""),
    );
  expect(styled("Title")).toEqual(["XX市财政局2025年政府信息公开工作年度报告"]);
  expect(styled("Heading1")).toHaveLength(6);
  expect(styled("Heading1")[4]).toBe("五、存在的主要问题及改进情况");
  expect(styled("Heading2")).toEqual([
    "（一）主动公开",
    "（二）依申请公开",
    "（三）政府信息管理",
    "（四）政府信息公开平台建设",
    "（五）监督保障",
  ]);
});

test("gaps for the clerk are highlighted yellow, unchecked figures red", async () => {
  const figures = filled("gov-2021", FULL["gov-2021"]);
  figures.t2021_3["r1_new.total"] = 700;
  const xml = await documentXml("gov-2021", figures);
  expect(xml).toMatch(/<w:highlight w:val="yellow"\/><\/w:rPr><w:t[^>]*>【待填写：/);
  expect(xml).toMatch(/<w:highlight w:val="red"\/><\/w:rPr><w:t[^>]*>【数据待核：表中为 700】/);
});
