import { readFileSync, writeFileSync } from "fs";
import { LEVELS } from "./api-levels";
import { newestLevel } from "./typings";
import { type FlowName, type FlowReport, runFlow } from "./flows";
import { startSim } from "./harness";
import { ie11StandIn } from "./ie11-page";
import { loadXlsx } from "./load-xlsx";

/**
 * npm run excel-sim -- FILE.xlsx [--api 1.1|1.4|1.7|1.8|1.12|newest] [--flow check|clear|edit|ribbon|all]
 *                              [--save OUT.xlsx] [--json] [--pane /taskpane.html|legacy] [--dist DIR]
 * `--pane legacy`: the IE11 pane of volume-licensed Office 2016/2019, in the stand-in for Internet Explorer 11 the tests
 * use (ie11-page.ts: a Trident user agent, the ES2015+ built-ins IE11 lacks removed before any script runs).
 */

const USAGE =
  "用法：npm run excel-sim -- 工作簿.xlsx [--api 1.1|1.4|1.7|1.8|1.12|newest] [--flow check|clear|edit|ribbon|all] [--save 输出.xlsx] [--json] [--pane /taskpane.html|legacy] [--dist 目录]";

interface Args {
  file: string;
  api: string;
  flow: FlowName;
  save?: string;
  json: boolean;
  pane?: string;
  dist?: string;
}

function parse(argv: string[]): Args {
  const args: Partial<Args> = { api: "1.7", flow: "all", json: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = (): string => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${a} 后面缺少取值。\n${USAGE}`);
      return v;
    };
    if (a === "--api") args.api = value();
    else if (a === "--flow") args.flow = value() as FlowName;
    else if (a === "--save") args.save = value();
    else if (a === "--pane") args.pane = value();
    else if (a === "--dist") args.dist = value();
    else if (a === "--json") args.json = true;
    else if (a.startsWith("--")) throw new Error(`不认识的选项“${a}”。\n${USAGE}`);
    else args.file = a;
  }
  if (!args.file) throw new Error(USAGE);
  if (args.api === "newest") args.api = newestLevel();
  if (!/^1\.\d+$/.test(args.api!)) throw new Error(`--api 须为 ExcelApi 版本号，如 ${LEVELS.join("、")}。`);
  if (!["check", "clear", "edit", "ribbon", "all"].includes(args.flow!))
    throw new Error(`--flow 不认识“${args.flow}”。\n${USAGE}`);
  return args as Args;
}

function text(r: FlowReport): string {
  const lines = [
    `ExcelApi ${r.api}（${r.platform}）：检查结果 ${r.findings} 项，标记 ${r.marks.length} 个单元格`,
    ...r.marks.map((m) => `  ${m.sheet}!${m.cell} ${m.fill ?? "无填充"}`),
    `Excel 往返：打开 ${r.syncsAtStart}，检查 ${r.syncsPerCheck ?? "-"}，点选 ${r.syncsPerClick ?? "-"}，改后重查 ${r.syncsPerRecheck ?? "无"}`,
    `清除标记后格式还原：${r.restored === null ? "-" : r.restored ? "是" : "否"}`,
  ];
  if (r.ribbon)
    lines.push(
      `功能区一键检查：标记 ${r.ribbon.marks} 个，往返 ${r.ribbon.syncs}，结果对话框：${r.ribbon.dialog ?? "无"}`,
    );
  for (const n of r.notes) lines.push(`提示：${n}`);
  for (const u of r.unimplemented) lines.push(`模拟器未实现：${u}`);
  for (const e of r.pageErrors) lines.push(`页面错误：${e}`);
  for (const o of r.outsideRequests) lines.push(`外部请求：${o}`);
  return lines.join("\n");
}

async function main(): Promise<number> {
  const args = parse(process.argv.slice(2));
  const bytes = readFileSync(args.file);
  const opened = await loadXlsx(bytes);
  const pane = args.pane === "legacy" ? ie11StandIn() : { pane: args.pane };
  const sim = await startSim({ workbook: bytes, api: args.api, ...pane, distDir: args.dist });
  try {
    const report = await runFlow(sim, args.api, args.flow, opened);
    if (args.save) writeFileSync(args.save, await sim.save());
    process.stdout.write(args.json ? `${JSON.stringify(report)}\n` : `${text(report)}\n`);
    return report.unimplemented.length + report.pageErrors.length + report.outsideRequests.length > 0 ? 1 : 0;
  } finally {
    await sim.close();
  }
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    process.stderr.write(`excel-sim：${err instanceof Error ? err.message : String(err)}\n`);
    process.exit(2);
  },
);
