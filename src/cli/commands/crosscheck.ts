import { promises as fs } from "fs";
import path from "path";
import { checkWorkbook } from "../../core/check";
import { crosscheck } from "../../core/crosscheck";
import { text } from "../../core/messages/render";
import { titleInfo } from "../../core/outline";
import { defineCommand, type Io } from "../command";
import { loadGrid } from "../load-grid";
import { lang, oneOf, year } from "../options";

const MARK = { error: "✗", warning: "⚠", info: "ℹ" } as const;

async function loadText(file: string, io: Io): Promise<string | null> {
  // Loaded here so that the other commands (check above all) do not load the .docx reader.
  const { NarrativeError, readNarrative } = await import("../../file/read-narrative");
  try {
    return await readNarrative(await fs.readFile(file), path.basename(file));
  } catch (e) {
    if (e instanceof NarrativeError) io.err(e.message);
    else if ((e as NodeJS.ErrnoException).code === "ENOENT") io.err(`找不到文件「${file}」`);
    else io.err(`无法读取「${file}」：${e instanceof Error ? e.message : String(e)}`);
    return null;
  }
}

export const crosscheckCommand = defineCommand({
  name: "crosscheck",
  summary: "核对报告正文引用的数字和章节标题是否与统计表一致（正文可为 .docx 或 .txt）；有不一致时退出码为 1",
  usage:
    "nianbao crosscheck FILE.xlsx REPORT.docx|.txt [--format text|json] [--lang zh-CN|en-US] [--year 2025]",
  options: { format: oneOf(["text", "json"]), lang, year },
  async run({ positional, options }, io) {
    const [xlsx, reportFile] = positional;
    if (!xlsx || !reportFile) {
      io.err(`需要统计表文件和报告正文文件。用法：${this.usage}`);
      return 2;
    }
    const { format, lang, year } = options;
    const grid = await loadGrid(xlsx, io);
    if (!grid) return 2;
    const narrative = await loadText(reportFile, io);
    if (narrative === null) return 2;
    const checked = checkWorkbook(grid, { lang });
    if (!checked.template) {
      io.err(checked.findings[0]?.message ?? "没有在工作簿中找到标准统计表");
      return 2;
    }
    // The tables' year: --year, else their title row; the report's title and 统计期限 are checked against it.
    const result = crosscheck(narrative, checked, { lang, year: year ?? titleInfo(grid).year });
    const problems = result.findings.filter((f) => f.severity !== "info").length;
    if (format === "json") {
      // Same fields as `nianbao check --format json`, plus the report file and the quoted statements.
      const { tables } = checked;
      const { template, templateName, findings, summary, statements } = result;
      io.out(
        JSON.stringify(
          { file: xlsx, report: reportFile, template, templateName, tables, findings, summary, statements },
          null,
          2,
        ),
      );
      return problems > 0 ? 1 : 0;
    }
    const summary = text(
      "narrative.summary",
      {
        templateName: result.templateName ?? "",
        count: result.statements.length,
        agreed: result.statements.filter((s) => s.agrees).length,
        problems,
        notes: result.findings.length - problems,
      },
      lang,
    );
    const lines = [summary, ...result.findings.map((f) => `${MARK[f.severity]} ${f.message}`)];
    if (checked.summary.errors > 0)
      lines.push(text("narrative.table-errors", { errors: checked.summary.errors }, lang));
    io.out(lines.join("\n"));
    return problems > 0 ? 1 : 0;
  },
});
