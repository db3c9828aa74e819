import { type Figures } from "../../core/rules/context";
import { collectTargets } from "../check/files";
import { FORMATS, formatters } from "../check/format";
import { loadPrior } from "../check/prior";
import { exitCode } from "../check/report";
import { checkTargetsInParallel } from "../batch/check-formats";
import { defineCommand, type Io } from "../command";
import { jobs, lang, oneOf, textValue } from "../options";
import { z } from "zod";

const USAGE =
  "nianbao check FILE.xlsx|DIR … [--format text|json|summary|csv|html] [--jobs N] [--lang zh-CN|en-US] [--prior 上年.xlsx|上年.json] [--required warning|error]";

function usageError(io: Io, message: string): number {
  io.err(`${message}\n用法：${USAGE}`);
  return 2;
}

export const checkCommand = defineCommand({
  name: "check",
  summary:
    "检查统计表：合计与分项、其中项、收支平衡、空白和非数字单元格，可对照上年数据；文件夹按 .xlsx 批量检查",
  usage: USAGE,
  options: {
    format: oneOf(FORMATS),
    jobs,
    lang,
    prior: textValue,
    required: z.enum(["warning", "error"], { error: "只能是 warning 或 error" }).optional(),
  },
  async run({ positional, options }, io) {
    if (positional.length === 0) return usageError(io, "缺少要检查的 .xlsx 文件或文件夹。");
    const formatter = formatters[options.format];
    const { lang, required } = options;
    let prior: Figures | undefined;
    const priorFile = options.prior;
    if (priorFile !== undefined) {
      const loaded = await loadPrior(priorFile);
      if (!loaded.ok) {
        io.err(loaded.message);
        return 2;
      }
      prior = loaded.figures;
    }

    const { targets, fromFolder } = await collectTargets(positional);
    const reports = await checkTargetsInParallel(
      targets,
      { lang, prior, requiredSeverity: required },
      options.jobs,
    );
    io.out(formatter.render(reports, { lang, many: fromFolder }));
    return exitCode(reports);
  },
});
