import { Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from "docx";
import { promises as fs } from "fs";
import path from "path";
import { filled, FULL, workbook } from "../core/outline/fixtures";
import { HEADINGS_2021, seedFigures, seedText, seedTitle } from "../core/crosscheck/seed";
import { tempDir, writeXlsx } from "../file/outline-fixtures";
import { cli } from "./run-cli";

let dir: string;

beforeAll(async () => {
  dir = await tempDir("nianbao-crosscheck-");
});

afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

test("the seed report: 政策解读 7 vs 3 as text, and as JSON in the findings shape", async () => {
  const xlsx = await writeXlsx(workbook("pre-2019", seedFigures, seedTitle), dir, "seed.xlsx");
  const txt = path.join(dir, "seed.txt");
  await fs.writeFile(txt, seedText);
  const text = await cli("crosscheck", xlsx, txt);
  expect(text.code).toBe(1);
  expect(text.out).toContain("发现 1 处不一致");
  expect(text.out).toMatch(
    /⚠ 正文“政策解读7条。”写政策解读稿件发布数为 7条，统计表中为 3（统计表!C\d+），两者不一致/,
  );
  const json = await cli("crosscheck", xlsx, txt, "--format", "json");
  const parsed = JSON.parse(json.out) as {
    template: string;
    findings: Array<Record<string, unknown>>;
    summary: { warnings: number };
  };
  expect(parsed.template).toBe("pre-2019");
  expect(Object.keys(parsed)).toEqual([
    "file",
    "report",
    "template",
    "templateName",
    "tables",
    "findings",
    "summary",
    "statements",
  ]);
  expect(parsed.summary.warnings).toBe(1);
  expect(parsed.findings[0]).toMatchObject({
    kind: "narrative-mismatch",
    severity: "warning",
    actual: 7,
    expected: 3,
    rowId: "P2_2_3",
  });
});

test("a .docx report is read paragraph by paragraph, leaving its tables out", async () => {
  const xlsx = await writeXlsx(workbook("gov-2021", filled("gov-2021", FULL["gov-2021"])), dir, "2021.xlsx");
  const table = new Table({
    rows: [new TableRow({ children: [new TableCell({ children: [new Paragraph("行政复议99件")] })] })],
  });
  const children = [
    new Paragraph({ children: [new TextRun(HEADINGS_2021[0])] }),
    new Paragraph({
      children: [
        new TextRun("本年度新收政府信息公开申请"),
        new TextRun("７１３件，上年结转"),
        new TextRun("40件。"),
      ],
    }),
    ...HEADINGS_2021.slice(1).flatMap((h) => [new Paragraph(h), new Paragraph("无。")]),
    table,
  ];
  const docx = path.join(dir, "report.docx");
  await fs.writeFile(docx, await Packer.toBuffer(new Document({ sections: [{ children }] })));
  const { code, out } = await cli("crosscheck", xlsx, docx, "--format", "json");
  expect(code).toBe(1);
  const parsed = JSON.parse(out) as { findings: Array<{ rule: string; actual: number; expected: number }> };
  expect(parsed.findings.map((f) => [f.rule, f.actual, f.expected])).toEqual([
    ["narrative.carry-in", 40, 36],
  ]);
});

test("unreadable inputs get clear Chinese messages", async () => {
  const xlsx = await writeXlsx(workbook("gov-2021", filled("gov-2021")), dir, "empty.xlsx");
  const doc = path.join(dir, "old.doc");
  await fs.writeFile(doc, "x");
  expect((await cli("crosscheck", xlsx, doc)).err).toContain("旧版 Word/WPS 格式");
  const broken = path.join(dir, "broken.docx");
  await fs.writeFile(broken, "not a zip");
  const r = await cli("crosscheck", xlsx, broken);
  expect(r.code).toBe(2);
  expect(r.err).toContain("不是有效的 .docx 文件");
  expect((await cli("crosscheck", xlsx)).err).toContain("需要统计表文件和报告正文文件");
  expect((await cli("crosscheck", xlsx, doc, "--format", "xml")).err).toContain(
    "--format 只能是 text 或 json",
  );
});

test("--lang en gives the summary and messages in English", async () => {
  const xlsx = await writeXlsx(workbook("gov-2021", filled("gov-2021", FULL["gov-2021"])), dir, "en.xlsx");
  const txt = path.join(dir, "en.txt");
  await fs.writeFile(txt, "本年度新收政府信息公开申请700件。");
  const { code, out } = await cli("crosscheck", xlsx, txt, "--lang", "en");
  expect(code).toBe(1);
  expect(out).toContain("1 figures in the text match table cells, 0 agree; 7 contradictions");
  expect(out).toContain("but the table has 713");
});

test("the report's year against the tables' title row, or --year", async () => {
  const xlsx = await writeXlsx(
    workbook("gov-2021", filled("gov-2021"), "XX局2025年政府信息公开工作年度报告"),
    dir,
    "titled.xlsx",
  );
  const txt = path.join(dir, "last-year.txt");
  const body = HEADINGS_2021.map((h) => `${h}\n无。`).join("\n");
  await fs.writeFile(txt, `XX局2024年政府信息公开工作年度报告\n${body}`);
  const titled = await cli("crosscheck", xlsx, txt);
  expect(titled.code).toBe(1);
  expect(titled.out).toContain(
    "⚠ 正文标题“2024年政府信息公开工作年度报告”写的是 2024 年度，统计表是 2025 年度",
  );
  expect((await cli("crosscheck", xlsx, txt, "--year", "2024")).code).toBe(0);
  expect((await cli("crosscheck", xlsx, txt, "--year", "24")).err).toContain("--year 应为四位年份");
});
