import { promises as fs } from "fs";
import JSZip from "jszip";
import path from "path";
import { filled, FULL, workbook } from "../core/outline/fixtures";
import { tempDir, writeXlsx } from "../file/outline-fixtures";
import { convertWithLibreOffice, hasLibreOffice } from "../support/libreoffice";
import { cli } from "./run-cli";

let dir: string;
let xlsx: string;

beforeAll(async () => {
  dir = await tempDir("nianbao-outline-");
  xlsx = await writeXlsx(
    workbook("gov-2021", filled("gov-2021", FULL["gov-2021"]), "XX市财政局2025年政府信息公开工作年度报告"),
    dir,
  );
});

afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

test("prints the outline with the body and year read from the title row", async () => {
  const { code, out } = await cli("outline", xlsx);
  expect(code).toBe(0);
  expect(out.split("\n")[0]).toBe("XX市财政局2025年政府信息公开工作年度报告");
  expect(out).toContain("本年度新收政府信息公开申请713件，上年结转36件");
  expect(out).toContain("五、存在的主要问题及改进情况\n\u3000\u3000【待填写：");
});

test("--unit and --year override the title row; a bad year is refused in Chinese", async () => {
  expect((await cli("outline", xlsx, "--unit", "YY区教育局", "--year", "2024")).out).toMatch(
    /^YY区教育局2024年政府信息公开工作年度报告/,
  );
  const bad = await cli("outline", xlsx, "--year", "今年");
  expect(bad.code).toBe(2);
  expect(bad.err).toContain("--year 应为四位年份");
});

test("writes Markdown with -o out.md", async () => {
  const md = path.join(dir, "提纲.md");
  expect((await cli("outline", xlsx, "-o", md)).code).toBe(0);
  const text = await fs.readFile(md, "utf8");
  expect(text).toMatch(/^# XX市财政局2025年/);
  expect(text).toContain("\n## 三、收到和处理政府信息公开申请情况\n");
  expect(text).toContain("\n### （二）依申请公开\n");
});

test("writes a .docx with real Word heading styles that LibreOffice opens", async () => {
  const docx = path.join(dir, "提纲.docx");
  const { code, out } = await cli("outline", xlsx, "-o", docx);
  expect(code).toBe(0);
  expect(out).toContain("已生成提纲");
  const zip = await JSZip.loadAsync(await fs.readFile(docx));
  const xml = await zip.file("word/document.xml")!.async("string");
  expect(xml).toContain('<w:pStyle w:val="Heading1"/>');
  expect(xml).toContain('<w:pStyle w:val="Heading2"/>');
  expect(xml).toContain("一、总体情况");
  expect(xml).toContain("713");
  if (!hasLibreOffice("opening the .docx")) return;
  const converted = await convertWithLibreOffice({ "提纲.docx": await fs.readFile(docx) }, "pdf");
  const pdf = converted.get("提纲.pdf")!;
  expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
}, 180000);

test("a file that is not a workbook gets a clear Chinese message", async () => {
  const txt = path.join(dir, "not.xlsx");
  await fs.writeFile(txt, "这不是表格");
  const { code, err } = await cli("outline", txt);
  expect(code).toBe(2);
  expect(err).toContain("不是 .xlsx 工作簿");
  expect((await cli("outline", path.join(dir, "missing.xlsx"))).err).toContain("找不到文件");
});
