import { commands, type Io } from "./commands";

const processIo: Io = {
  out: (t) => process.stdout.write(t.endsWith("\n") ? t : `${t}\n`),
  err: (t) => process.stderr.write(t.endsWith("\n") ? t : `${t}\n`),
};

function help(): string {
  const lines = ["年报助手 nianbao：检查政府信息公开工作年度报告统计表", "", "用法："];
  for (const c of commands) lines.push(`  ${c.usage}`, `      ${c.summary}`);
  lines.push("", "退出码：0 无错误；1 发现错误；2 文件无法读取或未找到标准表。");
  return lines.join("\n");
}

/** Runs one CLI invocation and resolves to its exit code; never throws. */
export async function main(argv: readonly string[], io: Io = processIo): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === "--help" || name === "-h" || name === "help") {
    io.out(help());
    return name ? 0 : 2;
  }
  const command = commands.find((c) => c.name === name);
  if (!command) {
    io.err(`未知命令「${name}」。\n\n${help()}`);
    return 2;
  }
  try {
    return await command.run(rest, io);
  } catch (e) {
    io.err(`年报助手内部错误（${command.name}）：${e instanceof Error ? e.message : String(e)}`);
    return 2;
  }
}
