import { type ExportDocument } from "./export-model";
import { escapeHtml as e } from "./escape";
import { beijingTime } from "./unit-name";

const STYLE = `body{font-family:"Noto Sans CJK SC","Microsoft YaHei",sans-serif;margin:2em;color:#222}
h1{font-size:1.4em}table{border-collapse:collapse;width:100%;margin:1em 0}
th,td{border:1px solid #999;padding:4px 8px;text-align:left;vertical-align:top}
th{background:#f0f0f0}.ok{color:#107c10;font-weight:bold}
@media print{body{margin:0}@page{size:A4;margin:2cm}}`;

/** The print-ready validation summary that goes with the submission files. */
export function validationSummaryHtml(doc: ExportDocument): string {
  const warnings = doc.findings.filter((f) => f.severity === "warning");
  const year = doc.year === null ? "" : `${doc.year} 年度`;
  const rows = warnings
    .map(
      (f) =>
        `<tr><td>${e(f.cell ?? "")}</td><td>${e(f.message)}</td><td>${e(f.justification ?? "")}</td></tr>`,
    )
    .join("\n");
  return `<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>${e(doc.unit)} ${e(year)} 统计表校验说明</title><style>${STYLE}</style></head>
<body>
<h1>${e(doc.unit)} ${e(year)} 政府信息公开工作年度报告统计表校验说明</h1>
<table>
<tr><th>填报单位</th><td>${e(doc.unit)}</td></tr>
<tr><th>报告年度</th><td>${e(doc.year ?? "未填写")}</td></tr>
<tr><th>统计表格式</th><td>${e(doc.templateName)}</td></tr>
<tr><th>导出时间</th><td>${e(beijingTime(doc.exportedAt))}</td></tr>
<tr><th>错误</th><td class="ok">${e(doc.summary.errors)} 个</td></tr>
<tr><th>警告</th><td>${e(doc.summary.warnings)} 个，均已填写说明</td></tr>
</table>
<h2>已运行的检查</h2>
<ul>${doc.checks.map((c) => `<li>${e(c)}</li>`).join("")}</ul>
<h2>警告及说明</h2>
${warnings.length === 0 ? "<p>无警告。</p>" : `<table><tr><th>单元格</th><th>警告</th><th>说明</th></tr>\n${rows}\n</table>`}
<p>本说明由年报助手生成。</p>
</body></html>
`;
}
