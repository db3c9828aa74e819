import { createHash } from "crypto";
import { escapeHtml as e } from "../../core/report/escape";
import { type BatchRow } from "./check-one";
import { batchTotals, SUMMARY_HEADER, summaryCells, totalsLine } from "./summary-table";

const NUMERIC = new Set([3, 4, 5]);

// Sorts by the clicked column; numbers as numbers, text in Chinese collation. Kept ES5 for old browsers.
const SORT_SCRIPT = `(function(){var t=document.getElementById("units");var hs=t.tHead.rows[0].cells;
for(var i=0;i<hs.length;i++)(function(c){hs[c].onclick=function(){var b=t.tBodies[0];var rs=[].slice.call(b.rows);
var up=hs[c].getAttribute("aria-sort")!=="ascending";for(var j=0;j<hs.length;j++)hs[j].removeAttribute("aria-sort");
hs[c].setAttribute("aria-sort",up?"ascending":"descending");var num=hs[c].getAttribute("data-num")==="1";
rs.sort(function(x,y){var a=x.cells[c].textContent,z=y.cells[c].textContent;var r=num?(+a)-(+z):a.localeCompare(z,"zh-CN");return up?r:-r;});
for(var k=0;k<rs.length;k++)b.appendChild(rs[k]);};})(i);})();`;

const STYLE = `body{font-family:"Noto Sans CJK SC","Microsoft YaHei",sans-serif;margin:1.5em;color:#222}
table{border-collapse:collapse;width:100%}th,td{border:1px solid #bbb;padding:4px 6px;text-align:left;vertical-align:top}
th{background:#eee;cursor:pointer;white-space:nowrap}th[aria-sort=ascending]::after{content:" ▲"}th[aria-sort=descending]::after{content:" ▼"}
td.n{text-align:right}tr.errors td{background:#fde7e9}tr.unexplained td{background:#fff4ce}tr.unreadable td,tr.no-table td{background:#eee}
@media print{th{cursor:auto}}`;

/** A self-contained report a reviewer can open and sort; the CSP allows only its own inline script and style. */
export function batchHtml(rows: readonly BatchRow[], generatedAt: string): string {
  const hash = createHash("sha256").update(SORT_SCRIPT).digest("base64");
  const head = SUMMARY_HEADER.map(
    (h, i) => `<th scope="col"${NUMERIC.has(i) ? ' data-num="1"' : ""}>${e(h)}</th>`,
  ).join("");
  const body = rows
    .map(
      (r) =>
        `<tr class="${e(r.status)}">${summaryCells(r)
          .map((c, i) => `<td${NUMERIC.has(i) ? ' class="n"' : ""}>${e(c)}</td>`)
          .join("")}</tr>`,
    )
    .join("\n");
  return `<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'sha256-${hash}'">
<title>政府信息公开年度报告统计表批量检查结果</title><style>${STYLE}</style></head>
<body>
<h1>政府信息公开年度报告统计表批量检查结果</h1>
<p>${e(totalsLine(batchTotals(rows)))}。生成时间：${e(generatedAt)}。点击表头可排序。</p>
<table id="units"><thead><tr>${head}</tr></thead>
<tbody>
${body}
</tbody></table>
<script>${SORT_SCRIPT}</script>
</body></html>
`;
}
