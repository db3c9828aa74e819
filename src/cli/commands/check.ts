import { toLang } from "../../core/messages/render";
import { type Figures } from "../../core/rules/context";
import { type Args, option } from "../args";
import { collectTargets } from "../check/files";
import { formatters } from "../check/format";
import { loadPrior } from "../check/prior";
import { exitCode } from "../check/report";
import { checkTargetsInParallel } from "../batch/check-formats";
import { type Command, type Io } from "./index";

const USAGE =
  "nianbao check FILE.xlsx|DIR … [--format text|json|summary|csv|html] [--jobs N] [--lang zh-CN|en] [--prior 上年.xlsx|上年.json] [--required warning|error]";

function usageError(io: Io, message: string): number {
  io.err(`${message}\n用法：${USAGE}`);
  return 2;
}

export const checkCommand: Command = {
  name: "check",
  summary:
    "检查统计表：合计与分项、其中项、收支平衡、空白和非数字单元格，可对照上年数据；文件夹按 .xlsx 批量检查",
  usage: USAGE,
  async run(args: Args, io: Io): Promise<number> {
    if (args.positional.length === 0) return usageError(io, "缺少要检查的 .xlsx 文件或文件夹。");
    const formatName = option(args, "format") ?? "text";
    const formatter = formatters[formatName];
    if (!formatter)
      return usageError(
        io,
        `--format 只能是 ${Object.keys(formatters).join("、")}，收到的是「${formatName}」。`,
      );
    const langText = option(args, "lang");
    if (langText !== undefined && !/^(zh|en)(-[a-z]{2})?$/i.test(langText))
      return usageError(io, `--lang 只能是 zh-CN 或 en，收到的是「${langText}」。`);
    const required = option(args, "required");
    if (required !== undefined && required !== "warning" && required !== "error")
      return usageError(io, `--required 只能是 warning 或 error，收到的是「${required}」。`);
    for (const flag of ["format", "lang", "prior", "required"])
      if (args.options.get(flag) === true) return usageError(io, `--${flag} 后面缺少取值。`);

    let prior: Figures | undefined;
    const priorFile = option(args, "prior");
    if (priorFile !== undefined) {
      const loaded = await loadPrior(priorFile);
      if (!loaded.ok) {
        io.err(loaded.message);
        return 2;
      }
      prior = loaded.figures;
    }

    const lang = toLang(langText);
    const { targets, fromFolder } = await collectTargets(args.positional);
    const jobs = Number(option(args, "jobs")) || undefined;
    const reports = await checkTargetsInParallel(targets, { lang, prior, requiredSeverity: required }, jobs);
    io.out(formatter.render(reports, { lang, many: fromFolder || args.positional.length > 1 }));
    return exitCode(reports);
  },
};
