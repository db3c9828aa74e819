import { type Finding } from "../../../core/finding";
import { type Lang } from "../../../core/messages/render";
import { type Severity } from "../../../core/templates/schema";
import { displayWidth } from "../../display-width";
import { type BatchReport } from "../../batch/check-one";
import { type Formatter } from "./types";

interface Words {
  severity: Record<Severity, string>;
  recognised(result: NonNullable<BatchReport["result"]>, tables: string): string;
  at(title: string, where: string): string;
  unreadable: string;
  noTable: string;
  clean: string;
  summary(e: number, w: number, i: number): string;
  total(files: number, withErrors: number, unreadable: number, e: number, w: number): string;
  separator: string;
}

const ZH: Words = {
  severity: { error: "错误", warning: "警告", info: "提示" },
  recognised: (r, tables) => `已识别：${r.templateName ?? r.template}；${tables}`,
  at: (title, where) => `${title} 位于 ${where}`,
  unreadable: "无法检查：",
  noTable: "未识别：",
  clean: "未发现问题。",
  summary: (e, w, i) => `小结：${e} 个错误，${w} 个警告，${i} 条提示`,
  total: (files, withErrors, unreadable, e, w) =>
    `合计：检查 ${files} 个文件，${withErrors} 个有错误，${unreadable} 个无法检查或未找到标准表；共 ${e} 个错误，${w} 个警告`,
  separator: "；",
};

const TEMPLATE_EN: Record<string, string> = {
  "gov-2021": "2021 national format",
  "gov-2019": "2019 format",
  "pre-2019": "pre-2019 统计表",
};

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? "" : "s"}`;

const EN: Words = {
  severity: { error: "error", warning: "warning", info: "note" },
  recognised: (r, tables) => `Recognised: ${TEMPLATE_EN[r.template ?? ""] ?? r.templateName}; ${tables}`,
  at: (title, where) => `${title} at ${where}`,
  unreadable: "Cannot check: ",
  noTable: "Not recognised: ",
  clean: "No problems found.",
  summary: (e, w, i) => `Summary: ${plural(e, "error")}, ${plural(w, "warning")}, ${plural(i, "note")}`,
  total: (files, withErrors, unreadable, e, w) =>
    `Total: ${plural(files, "file")} checked, ${withErrors} with errors, ${unreadable} unreadable or without a standard table; ${plural(e, "error")}, ${plural(w, "warning")}`,
  separator: "; ",
};

function where(f: Finding): string {
  if (f.cell) return f.sheet ? `${f.sheet}!${f.cell}` : f.cell;
  return f.sheet ?? "—";
}

function fileBlock(report: BatchReport, words: Words): string[] {
  const lines = [`【${report.file}】`];
  const r = report.result;
  if (report.error !== undefined || !r) return [...lines, words.unreadable + (report.error ?? "")];
  if (!r.template) return [...lines, ...r.findings.map((f) => words.noTable + f.message)];
  const tables = r.tables.map((t) => words.at(t.title, `${t.sheet}!${t.range}`)).join(words.separator);
  lines.push(words.recognised(r, tables));
  const width = Math.max(...r.findings.map((f) => displayWidth(where(f))), 0);
  for (const f of r.findings) {
    const head = `  ${words.severity[f.severity]}  ${where(f)}${" ".repeat(width - displayWidth(where(f)))}  `;
    // The verdict first; the full sentence with the parts under it, aligned with the verdict.
    lines.push(`${head}${f.message}`);
    if (f.detail && f.detail !== f.message) lines.push(`${" ".repeat(displayWidth(head))}${f.detail}`);
  }
  lines.push(
    r.findings.length === 0
      ? words.clean
      : words.summary(r.summary.errors, r.summary.warnings, r.summary.infos),
  );
  return lines;
}

function total(reports: readonly BatchReport[], words: Words): string {
  const checked = reports.map((r) => r.result).filter((r) => r?.template);
  const sum = (k: "errors" | "warnings"): number => checked.reduce((n, r) => n + (r?.summary[k] ?? 0), 0);
  return words.total(
    reports.length,
    checked.filter((r) => (r?.summary.errors ?? 0) > 0).length,
    reports.length - checked.length,
    sum("errors"),
    sum("warnings"),
  );
}

export const textFormatter: Formatter = {
  render(reports, { lang }: { lang: Lang }) {
    const words = lang === "en-US" ? EN : ZH;
    const blocks = reports.map((r) => fileBlock(r, words).join("\n"));
    if (reports.length > 1) blocks.push(total(reports, words));
    return blocks.join("\n\n");
  },
};
