import { promises as fs } from "fs";
import path from "path";
import { openWorkbookFile } from "../../file/open-file";
import { loadPrior } from "../check/prior";
import { defineCommand } from "../command";
import { textValue, year } from "../options";

export const exportCommand = defineCommand({
  name: "export",
  summary:
    "检查后导出报送文件：标准格式 .xlsx（只含数值）、全部数字的 .json 和校验说明 .html；有错误或警告未写说明时拒绝导出",
  usage: "nianbao export FILE.xlsx -o 输出目录 [--unit 单位名称] [--year 2025] [--prior 上年.json|上年.xlsx]",
  options: { output: textValue, unit: textValue, year, prior: textValue },
  aliases: { o: "output" },
  async run({ positional, options }, io) {
    const file = positional[0];
    const outDir = options.output;
    if (!file || !outDir) {
      io.err(`${file ? "缺少输出目录 -o" : "缺少统计表文件"}。用法：${this.usage}`);
      return 2;
    }
    const loaded = await openWorkbookFile(file);
    if (!loaded.ok) {
      io.err(loaded.message);
      return 2;
    }
    const priorFile = options.prior;
    const prior = priorFile ? await loadPrior(priorFile) : undefined;
    if (prior && !prior.ok) {
      io.err(prior.message);
      return 2;
    }
    // exceljs is loaded only by the commands that write a workbook.
    const { buildSubmission } = await import("../../file/export-submission");
    const out = await buildSubmission({
      grid: loaded.grid,
      fileName: file,
      unit: options.unit,
      year: options.year,
      check: { prior: prior?.figures },
    });
    if (!out.ok) {
      io.err([`「${path.basename(file)}」暂不能导出报送文件。`, ...out.lines].join("\n"));
      return 1;
    }
    await fs.mkdir(outDir, { recursive: true });
    const written: string[] = [];
    for (const f of [out.files.xlsx, out.files.json, out.files.html]) {
      const target = path.join(outDir, f.name);
      await fs.writeFile(target, f.data);
      written.push(`  ${target}`);
    }
    const { summary } = out.document;
    io.out(
      [
        `已导出「${out.document.unit}」的报送文件（错误 0 个，警告 ${summary.warnings} 个均已说明）：`,
        ...written,
      ].join("\n"),
    );
    if (out.status.stale.length > 0)
      io.out(`另有 ${out.status.stale.length} 条说明已不对应任何问题（数字已改正），可在加载项中删除。`);
    return 0;
  },
});
