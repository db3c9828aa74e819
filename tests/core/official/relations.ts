/**
 * The relations between the cells of the official tables, stated on their own: written from the formats research
 * (../shared/formats/FORMATS.md and templates.json; relation ids and cell ids as there), never from src/.
 * The templates are held to this statement relation for relation, and the rule tests' figures are built to satisfy
 * it, so a relation dropped from or changed in a template JSON fails a test.
 *
 * Not stated here, because they are not relations between cells: the ranges (every figure a non-negative number,
 * integers except 万元: t2_nonneg, t3_nonneg_int, t4_nonneg_int — the number rule), label wording (t2_label_exact —
 * aliases in the templates), the narrative links (t3_narrative, t4_narrative, t3_fee_link — crosscheck) and the
 * note t4_scope_note. t2_repealed_le_stock (废止 ≤ 上年现行有效 + 制发) follows from t2_valid_rollforward with
 * 现行有效 ≥ 0, so it has no relation of its own.
 */

/** "rowId.colId" */
type Cell = string;
type Severity = "error" | "warning" | "info";

export type OfficialRelation =
  | { id: string; kind: "sum"; severity: Severity; total: Cell; parts: Cell[] }
  | { id: string; kind: "subset"; severity: Severity; part: Cell; whole: Cell }
  | { id: string; kind: "balance"; severity: Severity; left: Cell[]; right: Cell[]; target: Cell }
  | {
      id: string;
      kind: "prior-year";
      severity: Severity;
      cell: Cell;
      prior: Cell[];
      plus: Cell[];
      minus: Cell[];
    }
  | { id: string; kind: "blank-expected"; severity: Severity; cells: Cell[]; reason: string }
  | { id: string; kind: "zero-unless"; severity: Severity; cells: Cell[]; unless: string; reason: string }
  | {
      id: string;
      kind: "at-least";
      severity: Severity;
      cell: Cell;
      plus: Cell[];
      minus: Cell[];
      withoutPrior: boolean;
      reason: string;
    };

export const range = (prefix: string, n: number): string[] =>
  Array.from({ length: n }, (_, i) => `${prefix}${i + 1}`);

// ---- 表二 (c.4): no printed arithmetic; the soft checks of the research.

const table2021_2: OfficialRelation[] = [
  ...["gz", "xzgfxwj"].map((row): OfficialRelation => ({
    id: "t2_valid_rollforward",
    kind: "prior-year",
    severity: "warning",
    cell: `${row}.valid`,
    prior: [`${row}.valid`],
    plus: [`${row}.made`],
    minus: [`${row}.repealed`],
  })),
  // Issue 11: without last year's figure, the roll-forward still says 现行有效 ≥ 制发 − 废止 (上年现行有效 ≥ 0).
  ...["gz", "xzgfxwj"].map((row): OfficialRelation => ({
    id: "t2_valid_floor",
    kind: "at-least",
    severity: "warning",
    cell: `${row}.valid`,
    plus: [`${row}.made`],
    minus: [`${row}.repealed`],
    withoutPrior: true,
    reason: "valid-below-net",
  })),
  {
    id: "t2_guizhang_issuer",
    kind: "zero-unless",
    // The research says warning; it is a question (info) while the body's kind is unknown, and the rule raises it
    // to a warning for a body known not to make 规章.
    severity: "info",
    cells: ["gz.made", "gz.repealed", "gz.valid"],
    unless: "ruleMaker",
    reason: "guizhang-issuer",
  },
];

// The 2019 表二 has the 规章 row too (t2019_diff), under its own column names.
const table2019_2: OfficialRelation[] = [
  {
    id: "t2_guizhang_issuer",
    kind: "zero-unless",
    severity: "info",
    cells: ["gz.new_made", "gz.new_published", "gz.total_published"],
    unless: "ruleMaker",
    reason: "guizhang-issuer",
  },
];

// ---- 表三 (c.5): per column, the row totals, the result total, the printed balance, and the cross-year link.

export const APPLICANTS = ["np", "biz", "research", "ngo", "legal", "other"];
const COLUMNS3 = [...APPLICANTS, "total"];
export const RESULTS_2021 = [
  "r3_1",
  "r3_2",
  ...range("r3_3_", 8),
  ...range("r3_4_", 3),
  ...range("r3_5_", 5),
  ...range("r3_6_", 3),
];
// 2019: （六）其他处理 is one data row.
export const RESULTS_2019 = [...RESULTS_2021.filter((r) => !r.startsWith("r3_6_")), "r3_6"];

function table3(results: string[]): OfficialRelation[] {
  const dataRows = ["r1_new", "r2_carry_in", ...results, "r3_7_total", "r4_carry_out"];
  return [
    ...dataRows.map((r): OfficialRelation => ({
      id: "t3_row_total",
      kind: "sum",
      severity: "error",
      total: `${r}.total`,
      parts: APPLICANTS.map((c) => `${r}.${c}`),
    })),
    ...COLUMNS3.map((c): OfficialRelation => ({
      id: "t3_result_total",
      kind: "sum",
      severity: "error",
      total: `r3_7_total.${c}`,
      parts: results.map((r) => `${r}.${c}`),
    })),
    ...COLUMNS3.map((c): OfficialRelation => ({
      id: "t3_balance",
      kind: "balance",
      severity: "error",
      left: [`r1_new.${c}`, `r2_carry_in.${c}`],
      right: [`r3_7_total.${c}`, `r4_carry_out.${c}`],
      // Which cell a reviewer is sent to is ours to choose: 四、结转下年度继续办理, the figure worked out last.
      target: `r4_carry_out.${c}`,
    })),
    ...COLUMNS3.map((c): OfficialRelation => ({
      id: "t3_cross_year",
      kind: "prior-year",
      severity: "warning",
      cell: `r2_carry_in.${c}`,
      prior: [`r4_carry_out.${c}`],
      plus: [],
      minus: [],
    })),
  ];
}

// ---- 表四 (c.6): one data row; in each of the three groups 总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结.

const table4: OfficialRelation[] = ["fy", "ss_direct", "ss_after"].map((g) => ({
  id: `t4_${g}_total`,
  kind: "sum",
  severity: "error",
  total: `cases.${g}_total`,
  parts: ["wc", "jz", "qt", "wsj"].map((p) => `cases.${g}_${p}`),
}));

// ---- The pre-2019 统计表 (a.2), ids as in templates.json → pre2019_seed.

const v = (row: string): Cell => `${row}.value`;
const sum = (id: string, severity: Severity, total: string, parts: string[]): OfficialRelation => ({
  id,
  kind: "sum",
  severity,
  total: v(total),
  parts: parts.map(v),
});
const subset = (id: string, severity: Severity, part: string, whole: string): OfficialRelation => ({
  id,
  kind: "subset",
  severity,
  part: v(part),
  whole: v(whole),
});

const pre2019: OfficialRelation[] = [
  sum("pre_P1_2", "error", "P1_2", range("P1_2_", 5)),
  // The 其中 rows P2_2_1a and P2_2_2a are not terms.
  sum("pre_P2_2", "error", "P2_2", range("P2_2_", 5)),
  sum("pre_P3_1", "error", "P3_1", range("P3_1_", 5)),
  sum("pre_P3_2", "error", "P3_2", range("P3_2_", 2)),
  sum("pre_P3_3", "error", "P3_3", range("P3_3_", 8)),
  sum(
    "pre_P3_3_4",
    "warning",
    "P3_3_4",
    ["a", "b", "c", "d", "e", "f"].map((x) => `P3_3_4${x}`),
  ),
  sum("pre_P4", "error", "P4", range("P4_", 3)),
  sum("pre_P5", "error", "P5", range("P5_", 3)),
  sum("pre_P6", "error", "P6", range("P6_", 3)),
  sum("pre_P7", "error", "P7", range("P7_", 2)),
  sum("pre_P8", "error", "P8", range("P8_", 2)),
  sum("pre_P9", "error", "P9", range("P9_", 2)),
  sum("pre_P10_3", "error", "P10_3", range("P10_3_", 2)),
  // pre_subset_le, one relation per 其中 row.
  subset("pre_subset_P1_1a", "error", "P1_1a", "P1_1"),
  subset("pre_subset_P2_2_1a", "error", "P2_2_1a", "P2_2_1"),
  subset("pre_subset_P2_2_2a", "error", "P2_2_2a", "P2_2_2"),
  ...["a", "b", "c", "d", "e", "f"].map((x) =>
    subset(`pre_subset_P3_3_4${x}`, "error", `P3_3_4${x}`, "P3_3_4"),
  ),
  subset("pre_published_le_issued", "warning", "P1_1a", "P1_1b"),
  subset("pre_dedup_le_channels", "warning", "P1_1", "P1_2"),
  subset("pre_dedup_le_channels", "warning", "P2_1", "P2_2"),
  // soft_eq: one part, the other figure.
  sum("pre_answers_eq_closed", "warning", "P3_3", ["P3_2"]),
  sum("pre_p10_2_eq_p8", "warning", "P10_2", ["P8"]),
  {
    id: "pre_group_rows",
    kind: "blank-expected",
    severity: "info",
    cells: ["P1", "P2", "P3", "P10"].map(v),
    reason: "group-row",
  },
];

/** The relations of every table, by template and table id. */
export const OFFICIAL_RELATIONS: Record<string, Record<string, OfficialRelation[]>> = {
  "gov-2021": { t2021_2: table2021_2, t2021_3: table3(RESULTS_2021), t2021_4: table4 },
  "gov-2019": { t2019_2: table2019_2, t2019_3: table3(RESULTS_2019), t2019_4: table4 },
  "pre-2019": { pre2019 },
};
