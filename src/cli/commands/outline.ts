import { promises as fs } from "fs";
import path from "path";
import { checkWorkbook } from "../../core/check";
import { generateOutline, outlineToMarkdown, outlineToText, titleInfo } from "../../core/outline";
import { defineCommand } from "../command";
import { loadGrid } from "../load-grid";
import { textValue, year } from "../options";

export const outlineCommand = defineCommand({
  name: "outline",
  summary: "按统计表数字生成年度报告正文提纲（数字句子 + 待填写处），输出文本、Markdown 或 Word 文档",
  usage: "nianbao outline FILE.xlsx [-o out.docx|out.md] [--unit 单位名称] [--year 2025]",
  options: { output: textValue, unit: textValue, year },
  aliases: { o: "output" },
  async run({ positional, options }, io) {
    const file = positional[0];
    if (!file) {
      io.err(`缺少统计表文件。用法：${this.usage}`);
      return 2;
    }
    const out = options.output;
    if (out && !/\.(docx|md|txt)$/i.test(out)) {
      io.err(`输出文件「${out}」的扩展名应为 .docx、.md 或 .txt`);
      return 2;
    }
    const grid = await loadGrid(file, io);
    if (!grid) return 2;
    const result = checkWorkbook(grid);
    const fromTitle = titleInfo(grid);
    const outline = generateOutline(result, {
      unit: options.unit ?? fromTitle.unit,
      year: options.year ?? fromTitle.year,
    });
    if (!outline) {
      io.err(result.findings[0]?.message ?? "没有在工作簿中找到标准统计表，无法生成提纲");
      return 2;
    }
    if (result.summary.errors > 0) {
      io.err(
        `统计表有 ${result.summary.errors} 处错误，相关数字在提纲中标为【数据待核】；请先运行 nianbao check 修正。`,
      );
    }
    if (!out) {
      io.out(outlineToText(outline));
      return 0;
    }
    const ext = path.extname(out).toLowerCase();
    const data =
      ext === ".docx"
        ? await (await import("../../file/outline-docx")).outlineToDocx(outline)
        : ext === ".md"
          ? outlineToMarkdown(outline)
          : outlineToText(outline);
    try {
      await fs.writeFile(out, data);
    } catch (e) {
      io.err(`无法写入「${out}」：${e instanceof Error ? e.message : String(e)}`);
      return 2;
    }
    io.out(`已生成提纲：${out}`);
    return 0;
  },
});
