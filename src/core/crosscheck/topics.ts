/**
 * What a narrative figure refers to, per template, as data: words that name the figure just before the number,
 * and the table cells it may quote. A topic with several readings accepts any of them (the 口径 of 受理).
 */

import { NOT_HANDLED, otherHandled, REFUSED, UNABLE } from "../outline/data/gov-shared";

export interface Reading {
  /** Cells whose sum is the figure. */
  refs: string[];
  /** The 口径 in words, reported when the narrative matched this reading. */
  basis?: string;
}

export interface Topic {
  id: string;
  /** How the figure is named in messages. */
  label: string;
  table: string;
  /** Regular expressions matched against the words just before the number. */
  patterns: string[];
  readings: Reading[];
  /**
   * Only quantities in these units are compared: applications and cases are counted in 件, documents and
   * information items in 条, parts of the report or mechanisms in 个 — a figure in another unit is about something else.
   */
  units: readonly string[];
  /**
   * Verbs that name the figure when its noun follows it (「共收到8份政府信息公开申请」): matched at the end of the
   * words before the number, and `nounAfter` at the start of the words after its unit.
   */
  verbs?: { before: string; nounAfter: string };
  /** Words just after the unit that name the figure when nothing before it does (「12件行政复议案件」). */
  after?: string[];
  /** A total that a 其中-part or a bracketed part must not be read as (「办结2件，其中公开答复1件」). */
  total?: boolean;
  /** Sentences without any number that say the figure is zero: 「未发生……行政复议」. */
  none?: string[];
}

const NONE = "(?:未发生|未收到|未接到|没有|未有|未出现|未涉及|无)";

const APPLICATIONS = ["件", "份"];
const RECEIVED_VERBS = {
  before: "(?:收到|接到|受理)[了共计]{0,2}",
  nounAfter: "(?:的)?(?:政府)?(?:信息)?(?:公开)?申请",
};
const CASES = ["件", "起", "宗"];
const DOCUMENTS = ["件"];
const DECISIONS = ["件", "项", "起", "宗"];
const AMOUNT = ["万元"];

function t(row: string): string {
  return `${row}.total`;
}

function govTopics(year: "2019" | "2021"): Topic[] {
  const t2 = `t${year}_2`;
  const t3 = `t${year}_3`;
  const t4 = `t${year}_4`;
  const topic = (
    id: string,
    label: string,
    table: string,
    patterns: string[],
    readings: Reading[],
    extra: Partial<Topic> = {},
  ): Topic => ({
    id,
    label,
    table,
    patterns,
    readings,
    units: table === t2 ? (id.endsWith("docs") ? DOCUMENTS : DECISIONS) : table === t4 ? CASES : APPLICATIONS,
    ...extra,
  });
  const documents =
    year === "2021"
      ? [
          topic("made-rules", "本年制发规章件数", t2, ["制发[^，。；]{0,6}规章"], [{ refs: ["gz.made"] }], {
            units: DOCUMENTS,
          }),
          topic(
            "made-docs",
            "本年制发行政规范性文件件数",
            t2,
            ["(?:制发|制定|出台|新发布|印发)[^，。；]{0,6}规范性文件"],
            [{ refs: ["xzgfxwj.made"] }],
          ),
          topic(
            "repealed-docs",
            "本年废止行政规范性文件件数",
            t2,
            ["废止[^，。；]{0,6}规范性文件"],
            [{ refs: ["xzgfxwj.repealed"] }],
          ),
          topic(
            "valid-docs",
            "现行有效行政规范性文件件数",
            t2,
            ["(?:现行有效|继续有效)[^，。；]{0,6}规范性文件"],
            [{ refs: ["xzgfxwj.valid"] }],
          ),
          topic("fees", "行政事业性收费金额", t2, ["行政事业性收费"], [{ refs: ["xzsyxsf.amount"] }], {
            units: AMOUNT,
          }),
          topic(
            "fee-dropped",
            "逾期未缴纳信息处理费而不再处理的申请（三（六）2）",
            t3,
            ["缴纳[^。；]{0,30}"],
            [{ refs: [t("r3_6_2")] }],
          ),
        ]
      : [
          topic(
            "made-docs",
            "本年新制作规范性文件数量",
            t2,
            ["新制作[^，。；]{0,6}规范性文件"],
            [{ refs: ["gfxwj.new_made"] }],
          ),
          topic(
            "published-docs",
            "本年新公开规范性文件数量",
            t2,
            ["新公开[^，。；]{0,6}规范性文件"],
            [{ refs: ["gfxwj.new_published"] }],
          ),
        ];
  return [
    ...documents,
    topic(
      "licences",
      "行政许可处理决定数量",
      t2,
      ["行政许可[^，。；]{0,3}决定"],
      [{ refs: ["xzxk.decisions"] }],
    ),
    topic(
      "penalties",
      "行政处罚处理决定数量",
      t2,
      ["行政处罚[^，。；]{0,3}决定"],
      [{ refs: ["xzcf.decisions"] }],
    ),
    topic(
      "coercion",
      "行政强制处理决定数量",
      t2,
      ["行政强制[^，。；]{0,3}决定"],
      [{ refs: ["xzqz.decisions"] }],
    ),
    topic("new", "本年新收政府信息公开申请数量", t3, ["新收"], [{ refs: [t("r1_new")] }], {
      none: [
        `(?:未|没有|无)(?!予)[^。；]{0,6}(?:新收|收到|接到|受理)[^。；]{0,30}申请`,
        "(?:无|没有)依申请公开(?:政府信息)?(?:事项|申请)",
      ],
    }),
    topic(
      "received",
      "收到（受理）的政府信息公开申请数量",
      t3,
      ["(?:收到|接到|受理|承办|办理(?!完毕|结果))[^，。；]{0,30}申请", "(?:共|累计)?受理"],
      [
        { refs: [t("r1_new")], basis: "本年新收" },
        { refs: [t("r1_new"), t("r2_carry_in")], basis: "本年新收加上年结转" },
      ],
      { total: true, verbs: RECEIVED_VERBS },
    ),
    topic("carry-in", "上年结转政府信息公开申请数量", t3, ["上一?年度?结转"], [{ refs: [t("r2_carry_in")] }]),
    topic(
      "done",
      "本年度办理结果总计",
      t3,
      ["办结", "办理完毕", "答复", "回复"],
      [{ refs: [t("r3_7_total")] }],
      {
        total: true,
      },
    ),
    topic("open", "予以公开", t3, ["予以公开"], [{ refs: [t("r3_1")] }]),
    topic("partial", "部分公开", t3, ["部分公开"], [{ refs: [t("r3_2")] }]),
    topic(
      "open-or-partial",
      "予以公开与部分公开合计",
      t3,
      ["予以公开[和及与或、]部分公开[^，。；\\d]{0,4}"],
      [{ refs: [t("r3_1"), t("r3_2")] }],
    ),
    topic("refused", "不予公开（各项合计）", t3, ["不予公开"], [{ refs: REFUSED }]),
    topic("unable", "无法提供（各项合计）", t3, ["无法提供"], [{ refs: UNABLE }]),
    topic("not-handled", "不予处理（各项合计）", t3, ["不予处理"], [{ refs: NOT_HANDLED }]),
    topic("other", "其他处理（各项合计）", t3, ["其他处理"], [{ refs: otherHandled(t3) }]),
    topic(
      "carry-out",
      "结转下年度继续办理",
      t3,
      ["(?:结转|顺延|转结)(?:至|到)?(?:下一?年度?|\\d{4}年)[^，。；\\d]{0,4}", "转入下一?年"],
      [{ refs: [t("r4_carry_out")] }],
      { after: ["(?:申请)?(?:依法)?(?:结转|顺延|转结)(?:至|到)?(?:下一?年|\\d{4}年)"] },
    ),
    topic("review", "行政复议总计", t4, ["行政复议"], [{ refs: ["cases.fy_total"] }], {
      none: [`${NONE}[^。；]{0,20}行政复议`],
      after: ["(?:的)?(?:政府信息公开)?行政复议"],
    }),
    topic(
      "litigation",
      "行政诉讼总计（未经复议直接起诉与复议后起诉）",
      t4,
      ["行政诉讼"],
      [{ refs: ["cases.ss_direct_total", "cases.ss_after_total"] }],
      { none: [`${NONE}[^。；]{0,25}行政诉讼`], after: ["(?:的)?(?:政府信息公开)?行政诉讼"] },
    ),
    topic(
      "litigation-direct",
      "行政诉讼（未经复议直接起诉）总计",
      t4,
      ["未经复议直接起诉"],
      [{ refs: ["cases.ss_direct_total"] }],
    ),
    topic(
      "litigation-after",
      "行政诉讼（复议后起诉）总计",
      t4,
      ["复议后起诉"],
      [{ refs: ["cases.ss_after_total"] }],
    ),
  ];
}

function v(row: string): string {
  return `${row}.value`;
}

const PRE_2019: Topic[] = [
  {
    id: "active",
    total: true,
    units: ["条", "件"],
    label: "主动公开政府信息数（含各渠道）",
    table: "pre2019",
    patterns: ["主动公开[^，。；]{0,8}信息", "公开政府信息"],
    readings: ["P1_1", "P1_2", "P1_2_1", "P1_2_2", "P1_2_3", "P1_2_4", "P1_2_5"].map((r) => ({
      refs: [v(r)],
    })),
  },
  {
    id: "active-docs",
    units: ["件", "条"],
    label: "主动公开规范性文件数",
    table: "pre2019",
    patterns: ["主动公开[^，。；]{0,3}规范性文件"],
    readings: [{ refs: [v("P1_1a")] }],
  },
  {
    id: "gazette",
    units: ["条", "篇", "件"],
    label: "政府公报公开政府信息数",
    table: "pre2019",
    patterns: ["政府公报"],
    readings: [{ refs: [v("P1_2_1")] }],
  },
  {
    id: "website",
    units: ["条", "篇", "件"],
    label: "政府网站公开政府信息数",
    table: "pre2019",
    patterns: ["政府网站"],
    readings: [{ refs: [v("P1_2_2")] }],
  },
  {
    id: "weibo",
    units: ["条", "篇"],
    label: "政务微博公开政府信息数",
    table: "pre2019",
    patterns: ["微博"],
    readings: [{ refs: [v("P1_2_3")] }],
  },
  {
    id: "weixin",
    units: ["条", "篇"],
    label: "政务微信公开政府信息数",
    table: "pre2019",
    patterns: ["微信"],
    readings: [{ refs: [v("P1_2_4")] }],
  },
  {
    id: "hotspots",
    units: ["次", "条", "件", "个"],
    label: "回应公众关注热点或重大舆情数",
    table: "pre2019",
    patterns: ["回应[^，。；]{0,10}(?:热点|舆情)"],
    readings: [{ refs: [v("P2_1")] }],
  },
  {
    id: "press",
    units: ["次", "场"],
    label: "参加或举办新闻发布会总次数",
    table: "pre2019",
    patterns: ["新闻发布会"],
    readings: [{ refs: [v("P2_2_1")] }],
  },
  {
    id: "interviews",
    units: ["次", "期", "场"],
    label: "政府网站在线访谈次数",
    table: "pre2019",
    patterns: ["在线访谈"],
    readings: [{ refs: [v("P2_2_2")] }],
  },
  {
    id: "policy",
    units: ["条", "篇", "件", "次"],
    label: "政策解读稿件发布数",
    table: "pre2019",
    patterns: ["政策解读"],
    readings: [{ refs: [v("P2_2_3")] }],
  },
  {
    id: "social",
    units: ["次", "条", "件"],
    label: "微博微信回应事件数",
    table: "pre2019",
    patterns: ["微博微信回应"],
    readings: [{ refs: [v("P2_2_4")] }],
  },
  {
    id: "applications",
    total: true,
    units: APPLICATIONS,
    label: "收到申请数",
    table: "pre2019",
    patterns: ["依申请公开", "(?:收到|接到|受理)[^，。；]{0,15}申请"],
    readings: [{ refs: [v("P3_1")] }],
    none: [`(?:未|没有|无)(?!予)[^。；]{0,6}(?:收到|接到|受理)[^。；]{0,30}申请`],
    verbs: RECEIVED_VERBS,
  },
  {
    id: "done",
    total: true,
    units: APPLICATIONS,
    label: "申请办结数",
    table: "pre2019",
    patterns: ["办结"],
    readings: [{ refs: [v("P3_2")] }],
  },
  {
    id: "done-on-time",
    units: APPLICATIONS,
    label: "按时办结数",
    table: "pre2019",
    patterns: ["按时办结"],
    readings: [{ refs: [v("P3_2_1")] }],
  },
  {
    id: "done-late",
    units: APPLICATIONS,
    label: "延期办结数",
    table: "pre2019",
    patterns: ["延期办结"],
    readings: [{ refs: [v("P3_2_2")] }],
  },
  {
    id: "review",
    units: CASES,
    label: "行政复议数量",
    table: "pre2019",
    patterns: ["行政复议"],
    readings: [{ refs: [v("P4")] }],
    none: [`${NONE}[^。；]{0,20}行政复议`],
  },
  {
    id: "litigation",
    units: CASES,
    label: "行政诉讼数量",
    table: "pre2019",
    patterns: ["行政诉讼"],
    readings: [{ refs: [v("P5")] }],
    none: [`${NONE}[^。；]{0,25}行政诉讼`],
  },
  {
    id: "complaints",
    units: ["件", "起", "次"],
    label: "被举报投诉数量",
    table: "pre2019",
    patterns: ["举报投诉", "被举报", "被投诉"],
    readings: [{ refs: [v("P6")] }],
  },
  {
    id: "staff",
    units: ["人", "名"],
    label: "从事政府信息公开工作人员数",
    table: "pre2019",
    patterns: ["(?:从事|负责)[^，。；]{0,12}(?:工作)?人员", "工作人员"],
    readings: [{ refs: [v("P10_3")] }],
  },
  {
    id: "full-time",
    units: ["人", "名"],
    label: "专职人员数",
    table: "pre2019",
    patterns: ["专职"],
    readings: [{ refs: [v("P10_3_1")] }],
  },
  {
    id: "part-time",
    units: ["人", "名"],
    label: "兼职人员数",
    table: "pre2019",
    patterns: ["兼职"],
    readings: [{ refs: [v("P10_3_2")] }],
  },
  {
    id: "budget",
    label: "政府信息公开专项经费",
    table: "pre2019",
    patterns: ["经费"],
    readings: [{ refs: [v("P10_4")] }],
    units: AMOUNT,
  },
];

export const TOPICS: Record<string, Topic[]> = {
  "gov-2021": govTopics("2021"),
  "gov-2019": govTopics("2019"),
  "pre-2019": PRE_2019,
};
