"use strict";
// Scores the narrative cross-check on the corpus in bench/crosscheck-corpus/ (see its README.md): every hand-labelled
// contradiction found or missed, every other warning counted as false. Shared by `npm run bench:crosscheck` (over
// build/) and tests/core/crosscheck/corpus.test.ts (over src/), which pass the engine in.
const fs = require("fs");
const path = require("path");

const CORPUS = path.join(__dirname, "crosscheck-corpus");

function loadReports() {
  const { reports } = JSON.parse(fs.readFileSync(path.join(CORPUS, "corpus.json"), "utf8"));
  const byId = new Map(reports.map((r) => [r.id, r]));
  return reports.map((r) => {
    const base = r.from ? { ...byId.get(r.from), ...r, source: byId.get(r.from).source } : r;
    let text = fs.readFileSync(path.join(CORPUS, base.text), "utf8");
    for (const [from, to] of r.replace ?? []) {
      if (!text.includes(from)) throw new Error(`${r.id}: 「${from}」 is not in ${base.text}`);
      text = text.replace(from, to);
    }
    const known = base.figuresFile
      ? JSON.parse(fs.readFileSync(path.join(CORPUS, base.figuresFile), "utf8")).figures
      : base.figures;
    return { ...base, id: r.id, planted: r.planted, contradictions: r.contradictions, text, known, partial: !base.figuresFile };
  });
}

/** The tables as a checked workbook; with a partial table, the cells nobody could read are unknown, not 0. */
function checkedTables(engine, report) {
  const layout = engine.officialLayout(engine.templateById(report.template), { figures: report.known });
  const result = engine.checkWorkbook({ sheets: [{ name: layout.name, rows: layout.rows, merges: layout.merges }] });
  if (report.partial)
    for (const [table, cells] of Object.entries(result.figures))
      for (const key of Object.keys(cells)) if (!(key in (report.known[table] ?? {}))) delete cells[key];
  return result;
}

function matches(finding, label) {
  if (finding.rule !== label.rule) return false;
  return finding.kind === "narrative-year" ? finding.params.found === label.quoted : finding.actual === label.quoted;
}

function scoreReport(engine, report) {
  const result = engine.crosscheck(report.text, checkedTables(engine, report), { year: report.year });
  // A text cut short (an excerpt) cannot be judged on its sections.
  const warnings = result.findings.filter(
    (f) => f.severity === "warning" && (report.complete || f.kind !== "narrative-structure"),
  );
  const found = report.contradictions.filter((c) => warnings.some((f) => matches(f, c)));
  const missed = report.contradictions.filter((c) => !found.includes(c));
  const falses = warnings.filter((f) => !report.contradictions.some((c) => matches(f, c)));
  return {
    id: report.id,
    planted: Boolean(report.planted),
    labelled: report.contradictions.length,
    found: found.length,
    missed,
    falses,
    compared: result.statements.length,
    agreed: result.statements.filter((s) => s.agrees).length,
  };
}

function scoreCorpus(engine) {
  const rows = loadReports().map((r) => scoreReport(engine, r));
  const sum = (list, key) => list.reduce((s, r) => s + (typeof r[key] === "number" ? r[key] : r[key].length), 0);
  const totals = (list) => {
    const found = sum(list, "found");
    const falses = sum(list, "falses");
    const labelled = sum(list, "labelled");
    return {
      texts: list.length,
      labelled,
      found,
      false: falses,
      precision: found + falses === 0 ? 1 : found / (found + falses),
      recall: labelled === 0 ? 1 : found / labelled,
    };
  };
  return { rows, real: totals(rows.filter((r) => !r.planted)), all: totals(rows) };
}

const SKELETON = [
  "一、总体情况",
  "{}",
  "二、主动公开政府信息情况",
  "三、收到和处理政府信息公开申请情况",
  "四、政府信息公开行政复议、行政诉讼情况",
  "五、存在的主要问题及改进情况",
  "无。",
  "六、其他需要报告的事项",
  "无。",
].join("\n");

/**
 * Each labelled sentence as section 一 of a 2021-format report, read against tables whose every cell holds a figure no
 * sentence states: what counts is which figures the reading takes from the sentence, not whether they agree.
 */
function scoreSentences(engine) {
  const { sentences } = JSON.parse(fs.readFileSync(path.join(CORPUS, "sentences.json"), "utf8"));
  const template = engine.templateById("gov-2021");
  const figures = {};
  for (const input of engine.officialLayout(template).inputs) {
    figures[input.tableId] ??= {};
    figures[input.tableId][input.key] = 7777;
  }
  const layout = engine.officialLayout(template, { figures });
  const tables = engine.checkWorkbook({ sheets: [{ name: layout.name, rows: layout.rows, merges: layout.merges }] });
  const rows = sentences.map((s) => {
    const batch = s.batch ?? 1;
    const read = engine
      .crosscheck(SKELETON.replace("{}", s.text), tables)
      .statements.map((st) => [st.topic, st.quoted]);
    const key = ([topic, figure]) => `${topic} ${figure}`;
    const expected = s.reads.map(key);
    const got = read.map(key);
    return {
      text: s.text,
      batch,
      labelled: s.reads.length,
      found: got.filter((g) => expected.includes(g)).length,
      falses: got.filter((g) => !expected.includes(g)),
      missed: expected.filter((e) => !got.includes(e)),
    };
  });
  const totals = (list) => {
    const found = list.reduce((n, r) => n + r.found, 0);
    const falses = list.reduce((n, r) => n + r.falses.length, 0);
    const labelled = list.reduce((n, r) => n + r.labelled, 0);
    return {
      sentences: list.length,
      labelled,
      found,
      false: falses,
      precision: found + falses === 0 ? 1 : found / (found + falses),
      recall: labelled === 0 ? 1 : found / labelled,
    };
  };
  return {
    rows,
    sources: new Set(sentences.map((s) => s.source)).size,
    totals: totals(rows),
    batches: [...new Set(rows.map((r) => r.batch))].map((b) => ({
      batch: b,
      ...totals(rows.filter((r) => r.batch === b)),
    })),
  };
}

module.exports = { scoreCorpus, scoreSentences };
