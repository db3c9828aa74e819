import { promises as fs } from "fs";
import path from "path";
import { officialLayout } from "../../core/layout/official-layout";
import { aggregate, type AggregateInput, beijingTime, reportYear } from "../../core/report";
import { runBatch } from "../batch/pool";
import { findWorkbooks } from "../check/files";
import { defineCommand } from "../command";
import { jobs, textValue, year } from "../options";

async function inputFiles(paths: readonly string[]): Promise<string[] | Error> {
  const files: string[] = [];
  for (const p of paths) {
    const stat = await fs.stat(p).catch(() => null);
    if (!stat) return new Error(`找不到「${p}」`);
    // Only the folder itself: a subfolder may hold an earlier 汇总 or last year's files, which must not be summed.
    files.push(...(stat.isDirectory() ? (await findWorkbooks(p, { subfolders: false })).workbooks : [p]));
  }
  return files;
}

export const aggregateCommand = defineCommand({
  name: "aggregate",
  summary:
    "汇总：把各部门同一格式的统计表逐格相加为一张表（标准格式），检查每份输入和汇总结果，列出计入和未计入的单位",
  usage: "nianbao aggregate 目录/ [更多文件…] -o 汇总.xlsx [--unit 汇总单位名称] [--year 2025] [--jobs N]",
  options: { output: textValue, unit: textValue, year, jobs },
  aliases: { o: "output" },
  async run({ positional, options }, io) {
    const out = options.output;
    if (positional.length === 0 || !out) {
      io.err(`${out ? "缺少要汇总的目录或文件" : "缺少输出文件 -o"}。用法：${this.usage}`);
      return 2;
    }
    if (!/\.xlsx$/i.test(out)) {
      io.err(`输出文件「${out}」的扩展名应为 .xlsx`);
      return 2;
    }
    const files = await inputFiles(positional);
    if (files instanceof Error) {
      io.err(files.message);
      return 2;
    }
    if (files.some((f) => path.resolve(f) === path.resolve(out))) {
      io.err(`输出文件「${out}」也在输入中，请换一个输出位置`);
      return 2;
    }
    const { reports } = await runBatch(files, { jobs: options.jobs });
    const inputs: AggregateInput[] = reports.map((r) => ({
      unit: r.unit,
      file: path.basename(r.file),
      readError: r.error,
      result: r.result,
    }));
    const outcome = aggregate(inputs);
    const excludedLines = outcome.excluded.map((x) => `  ✗ ${x.unit}（${x.file}）：${x.reason}`);
    if (!outcome.ok) {
      io.err(
        [
          `不能汇总：${outcome.reason}`,
          ...(excludedLines.length ? ["未计入的工作簿：", ...excludedLines] : []),
        ].join("\n"),
      );
      return 1;
    }
    const unit = options.unit ?? "汇总";
    const year = options.year ?? reportYear(path.basename(files[0]));
    const heading = `${unit}\u3000${year ? `${year} 年度\u3000` : ""}汇总（${outcome.contributors.length} 个单位）\u3000生成时间：${beijingTime(new Date().toISOString())}`;
    const { layoutToWorkbook } = await import("../../file/write-workbook");
    const workbook = layoutToWorkbook(
      officialLayout(outcome.template, { figures: outcome.figures, heading }),
      { creator: unit },
    );
    const sources = workbook.addWorksheet("汇总来源");
    sources.addRow(["单位", "文件", "是否计入", "原因"]);
    for (const c of outcome.contributors) sources.addRow([c.unit, c.file, "计入", ""]);
    for (const x of outcome.excluded) sources.addRow([x.unit, x.file, "未计入", x.reason]);
    sources.columns = [24, 36, 10, 60].map((width) => ({ width }));
    await fs.mkdir(path.dirname(path.resolve(out)), { recursive: true });
    await workbook.xlsx.writeFile(out);

    const { summary } = outcome.total;
    const lines = [
      `已汇总 ${outcome.contributors.length} 个单位的${outcome.template.name}统计表，写入「${out}」。`,
      `计入的单位：${outcome.contributors.map((c) => c.unit).join("、")}`,
      ...(excludedLines.length ? [`未计入的单位（${outcome.excluded.length} 个）：`, ...excludedLines] : []),
      `汇总表检查：错误 ${summary.errors} 个，警告 ${summary.warnings} 个。`,
      ...outcome.total.findings
        .filter((f) => f.severity === "error")
        .map((f) => `  ✗ ${f.cell ?? ""} ${f.message}`),
    ];
    io.out(lines.join("\n"));
    return summary.errors > 0 ? 1 : 0;
  },
});
