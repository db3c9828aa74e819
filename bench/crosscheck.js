#!/usr/bin/env node
"use strict";
// Precision and recall of `nianbao crosscheck` on real report texts (npm run bench:crosscheck). Prints; asserts nothing.
const path = require("path");
const { scoreCorpus, scoreSentences } = require("./crosscheck-score");

const BUILD = path.join(__dirname, "..", "build");
const engine = {
  checkWorkbook: require(path.join(BUILD, "core", "check")).checkWorkbook,
  crosscheck: require(path.join(BUILD, "core", "crosscheck")).crosscheck,
  officialLayout: require(path.join(BUILD, "core", "layout", "official-layout")).officialLayout,
  templateById: require(path.join(BUILD, "core", "templates")).templateById,
};

const { rows, real, all } = scoreCorpus(engine);
const pct = (x) => `${(x * 100).toFixed(1)}%`;
console.log("报告                         比对  一致  标注  找到  误报");
for (const r of rows) {
  const cells = [r.compared, r.agreed, r.labelled, r.found, r.falses.length].map((n) => String(n).padStart(5));
  console.log(`${r.id.padEnd(28)}${cells.join(" ")}`);
  for (const c of r.missed) console.log(`    漏报 ${c.rule} ${c.quoted}（${c.why}）`);
  for (const f of r.falses) console.log(`    误报 ${f.message}`);
}
for (const [label, t] of [
  ["真实报告", real],
  ["真实报告 + 植入矛盾", all],
]) {
  console.log(
    `${label}：${t.texts} 篇，标注矛盾 ${t.labelled} 处，找到 ${t.found} 处，误报 ${t.false} 处；` +
      `precision ${pct(t.precision)}，recall ${pct(t.recall)}`,
  );
}

const sentences = scoreSentences(engine);
console.log("");
for (const r of sentences.rows) {
  if (r.falses.length === 0 && r.missed.length === 0) continue;
  console.log(r.text.length > 60 ? `${r.text.slice(0, 58)}……` : r.text);
  for (const f of r.falses) console.log(`    误读 ${f}`);
  for (const m of r.missed) console.log(`    漏读 ${m}`);
}
for (const [label, t] of [
  [`逐句标注（${sentences.sources} 篇报告）`, sentences.totals],
  ...sentences.batches.map((b) => [`  其中第 ${b.batch} 批`, b]),
]) {
  console.log(
    `${label}：${t.sentences} 句，标注的表内数字 ${t.labelled} 处，读出 ${t.found} 处，误读 ${t.false} 处；` +
      `precision ${pct(t.precision)}，recall ${pct(t.recall)}`,
  );
}
