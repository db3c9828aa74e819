import { type ParagraphSpec, placeholder, type SectionSpec } from "../spec";

/** Sentences shared by the 2019 and 2021 formats, whose tables 三 and 四 have the same rows and columns. */

const t = (row: string): string => `${row}.total`;

/** The items of 表三's 办理结果 groups that the table does not subtotal (the cross-check quotes them too). */
export const REFUSED = ["r3_3_1", "r3_3_2", "r3_3_3", "r3_3_4", "r3_3_5", "r3_3_6", "r3_3_7", "r3_3_8"].map(
  t,
);
export const UNABLE = ["r3_4_1", "r3_4_2", "r3_4_3"].map(t);
export const NOT_HANDLED = ["r3_5_1", "r3_5_2", "r3_5_3", "r3_5_4", "r3_5_5"].map(t);
/** The five columns under 法人或其他组织, which the table does not subtotal. */
const LEGAL_PERSONS = ["biz", "research", "ngo", "legal", "other"];
const ALL_APPLICATIONS = [t("r1_new"), t("r2_carry_in"), t("r3_7_total"), t("r4_carry_out")];

/** 其他处理: one row in the 2019 format, three items in the 2021 format. */
export function otherHandled(table: string): string[] {
  return table.startsWith("t2019") ? [t("r3_6")] : ["r3_6_1", "r3_6_2", "r3_6_3"].map(t);
}

/** 一（二）: the overview sentence, with the 口径 of each figure spelled out. */
export function applicationSummary(table: string): ParagraphSpec {
  return {
    table,
    clauses: [
      { when: { zero: ALL_APPLICATIONS }, pieces: ["本年度未收到政府信息公开申请，也没有上年结转的申请。"] },
      {
        when: { nonZero: [t("r1_new")] },
        pieces: ["本年度新收政府信息公开申请", { fig: t("r1_new"), unit: "件" }],
      },
      { when: { zero: [t("r1_new")], nonZero: ALL_APPLICATIONS }, pieces: ["本年度未新收政府信息公开申请"] },
      {
        when: { nonZero: [t("r2_carry_in")] },
        pieces: ["，上年结转", { fig: t("r2_carry_in"), unit: "件" }],
      },
      {
        when: { nonZero: [t("r3_7_total")] },
        pieces: ["；本年度办理完毕", { fig: t("r3_7_total"), unit: "件" }],
      },
      {
        when: { nonZero: [t("r3_7_total")] },
        pieces: [
          {
            percent: [t("r3_1"), t("r3_2")],
            of: [t("r3_7_total")],
            before: "，予以公开和部分公开的占办理完毕数的",
          },
        ],
      },
      {
        when: { nonZero: [t("r4_carry_out")] },
        pieces: ["；结转下年度继续办理", { fig: t("r4_carry_out"), unit: "件" }],
      },
      { when: { nonZero: ALL_APPLICATIONS }, pieces: ["。"] },
    ],
  };
}

/** 三: the 办理结果 in the table's order; group totals are sums of their printed items. */
export function applicationDetail(table: string): ParagraphSpec {
  const other = otherHandled(table);
  return {
    table,
    clauses: [
      { when: { zero: ALL_APPLICATIONS }, pieces: ["本年度未收到政府信息公开申请，也没有上年结转的申请。"] },
      {
        when: { nonZero: [t("r1_new")] },
        pieces: [
          "本年度新收政府信息公开申请",
          { fig: t("r1_new"), unit: "件" },
          {
            list: [
              { label: "自然人", ref: "r1_new.np" },
              { label: "法人或其他组织", ref: LEGAL_PERSONS.map((c) => `r1_new.${c}`) },
            ],
            unit: "件",
            before: "（其中",
            after: "）",
          },
        ],
      },
      {
        when: { allNonZero: [t("r1_new"), t("r2_carry_in")] },
        pieces: ["，上年结转", { fig: t("r2_carry_in"), unit: "件" }],
      },
      {
        when: { zero: [t("r1_new")], nonZero: [t("r2_carry_in")] },
        pieces: ["本年度未新收政府信息公开申请，上年结转", { fig: t("r2_carry_in"), unit: "件" }],
      },
      { when: { nonZero: [t("r1_new"), t("r2_carry_in")] }, pieces: ["。"] },
      {
        when: { nonZero: [t("r3_7_total")] },
        pieces: [
          "本年度办理结果总计",
          { fig: t("r3_7_total"), unit: "件" },
          {
            list: [
              { label: "予以公开", ref: t("r3_1") },
              { label: "部分公开", ref: t("r3_2") },
              { label: "不予公开", ref: REFUSED },
              { label: "无法提供", ref: UNABLE },
              { label: "不予处理", ref: NOT_HANDLED },
              { label: "其他处理", ref: other },
            ],
            unit: "件",
            before: "，其中",
          },
          "。",
        ],
      },
      {
        when: { nonZero: REFUSED },
        pieces: [
          {
            list: [
              { label: "属于国家秘密", ref: t("r3_3_1") },
              { label: "其他法律行政法规禁止公开", ref: t("r3_3_2") },
              { label: "危及“三安全一稳定”", ref: t("r3_3_3") },
              { label: "保护第三方合法权益", ref: t("r3_3_4") },
              { label: "属于三类内部事务信息", ref: t("r3_3_5") },
              { label: "属于四类过程性信息", ref: t("r3_3_6") },
              { label: "属于行政执法案卷", ref: t("r3_3_7") },
              { label: "属于行政查询事项", ref: t("r3_3_8") },
            ],
            unit: "件",
            before: "不予公开的理由为：",
            after: "。",
          },
        ],
      },
      {
        when: { nonZero: [t("r4_carry_out")] },
        pieces: ["结转下年度继续办理", { fig: t("r4_carry_out"), unit: "件" }, "。"],
      },
      {
        when: { zero: [t("r4_carry_out")], nonZero: ALL_APPLICATIONS },
        pieces: ["本年度收到的申请均已办结，没有结转下年度的申请。"],
      },
    ],
  };
}

function caseGroup(prefix: string, label: string): ParagraphSpec["clauses"] {
  const total = `cases.${prefix}_total`;
  return [
    {
      when: { nonZero: [total] },
      pieces: [
        label,
        { fig: total, unit: "件" },
        {
          list: [
            { label: "结果维持", ref: `cases.${prefix}_wc` },
            { label: "结果纠正", ref: `cases.${prefix}_jz` },
            { label: "其他结果", ref: `cases.${prefix}_qt` },
            { label: "尚未审结", ref: `cases.${prefix}_wsj` },
          ],
          unit: "件",
          before: "，其中",
        },
        "。",
      ],
    },
  ];
}

/** 四: says plainly that nothing happened when every count is zero. */
export function reviewAndLitigation(table: string): ParagraphSpec {
  const totals = ["cases.fy_total", "cases.ss_direct_total", "cases.ss_after_total"];
  const suits = ["cases.ss_direct_total", "cases.ss_after_total"];
  return {
    table,
    clauses: [
      { when: { zero: totals }, pieces: ["本年度未发生因政府信息公开引起的行政复议、行政诉讼。"] },
      ...caseGroup("fy", "本年度因政府信息公开被申请行政复议"),
      {
        when: { zero: ["cases.fy_total"], nonZero: suits },
        pieces: ["本年度未发生因政府信息公开引起的行政复议。"],
      },
      ...caseGroup("ss_direct", "因政府信息公开被提起行政诉讼（未经复议直接起诉）"),
      ...caseGroup("ss_after", "因政府信息公开被提起行政诉讼（复议后起诉）"),
      {
        when: { zero: suits, nonZero: ["cases.fy_total"] },
        pieces: ["本年度未发生因政府信息公开引起的行政诉讼。"],
      },
    ],
  };
}

/** 六: the fee sentence, driven by 三（六）2 where the format has it. */
export function fees(table: string): ParagraphSpec {
  if (table.startsWith("t2019")) {
    return placeholder("本年度是否收取信息处理费；如收取，写明发出收费通知的件数、总金额及实际收取的总金额");
  }
  const dropped = t("r3_6_2");
  return {
    table,
    clauses: [
      {
        when: { nonZero: [dropped] },
        pieces: [
          "本年度因申请人逾期未按收费通知要求缴纳费用、行政机关不再处理的政府信息公开申请",
          { fig: dropped, unit: "件" },
          "。",
          { placeholder: "本年度发出收费通知的件数和总金额，以及实际收取的信息处理费总金额" },
        ],
      },
      {
        when: { zero: [dropped] },
        pieces: [
          "本年度没有因申请人逾期未缴纳信息处理费而不再处理的申请。",
          {
            placeholder: "本年度是否收取信息处理费；如收取，写明发出收费通知的件数、总金额及实际收取的总金额",
          },
        ],
      },
    ],
  };
}

export function closingSections(table3: string): SectionSpec[] {
  return [
    {
      heading: "五、存在的主要问题及改进情况",
      paragraphs: [
        placeholder("本年度政府信息公开工作存在的主要问题"),
        placeholder("上年度问题的整改情况和本年度的改进措施"),
      ],
    },
    {
      heading: "六、其他需要报告的事项",
      paragraphs: [
        fees(table3),
        placeholder(
          "其他需要报告的事项，如年度政务公开工作要点落实情况、人大代表建议和政协提案办理结果公开情况；没有则写明“无其他需要报告的事项”",
        ),
      ],
    },
  ];
}

export function overviewSubsections(table3: string): SectionSpec[] {
  return [
    {
      heading: "（一）主动公开",
      paragraphs: [placeholder("主动公开工作的主要做法和成效，如重点领域信息公开、政策解读、回应关切")],
    },
    {
      heading: "（二）依申请公开",
      paragraphs: [
        applicationSummary(table3),
        placeholder("依申请公开工作的做法，如受理渠道、答复规范、办理时限"),
      ],
    },
    {
      heading: "（三）政府信息管理",
      paragraphs: [placeholder("政府信息公开审查、动态更新、政府信息公开目录和指南的编制与调整情况")],
    },
    {
      heading: "（四）政府信息公开平台建设",
      paragraphs: [placeholder("政府网站、政务新媒体、政府公报等平台的建设和运维情况")],
    },
    {
      heading: "（五）监督保障",
      paragraphs: [placeholder("工作机构和人员、培训、考核、社会评议和责任追究结果情况")],
    },
  ];
}
