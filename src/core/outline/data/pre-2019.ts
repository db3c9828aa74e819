import { type OutlineSpec, placeholder } from "../spec";

/** The nine sections of the pre-2019 free-form report, as in the 2018 seed report. */

const T = "pre2019";
const v = (row: string): string => `${row}.value`;
const RESPONSES = ["P2_1", "P2_2_1", "P2_2_2", "P2_2_3", "P2_2_4", "P2_2_5"].map(v);
const APPLICATIONS = ["P3_1", "P3_2", "P3_3"].map(v);
const CASES = ["P4", "P5", "P6"].map(v);

export const pre2019Outline: OutlineSpec = {
  template: "pre-2019",
  errorScope: "top-row",
  sections: [
    {
      heading: "一、组织领导情况和制度建设情况",
      paragraphs: [
        placeholder("政府信息公开工作的组织领导、机构设置和制度建设情况"),
        {
          table: T,
          clauses: [
            {
              when: { nonZero: [v("P10_3")] },
              pieces: ["本单位从事政府信息公开工作人员", { fig: v("P10_3"), unit: "人" }],
            },
            {
              when: { nonZero: [v("P10_3")] },
              pieces: [
                {
                  list: [
                    { label: "专职人员", ref: v("P10_3_1") },
                    { label: "兼职人员", ref: v("P10_3_2") },
                  ],
                  unit: "人",
                  before: "，其中",
                },
                "。",
              ],
            },
            {
              when: { nonZero: [v("P10_1")] },
              pieces: ["设有政府信息公开工作专门机构", { fig: v("P10_1"), unit: "个" }, "。"],
            },
            {
              when: { nonZero: [v("P10_4")] },
              pieces: ["政府信息公开专项经费", { fig: v("P10_4"), unit: "万元" }, "。"],
            },
            { when: { zero: [v("P10_4")] }, pieces: ["本年度未单独安排政府信息公开专项经费。"] },
          ],
        },
      ],
    },
    { heading: "二、信息公开基本措施", paragraphs: [placeholder("拓展公开渠道、充实公开内容等基本措施")] },
    {
      heading: "三、主动公开政府信息情况",
      paragraphs: [
        {
          table: T,
          clauses: [
            {
              when: { nonZero: [v("P1_1")] },
              pieces: [
                "本年度主动公开政府信息",
                { fig: v("P1_1"), unit: "条" },
                "（同一信息通过不同渠道公开的只计一次）",
              ],
            },
            {
              when: { nonZero: [v("P1_1a")] },
              pieces: ["，其中主动公开规范性文件", { fig: v("P1_1a"), unit: "条" }],
            },
            { when: { nonZero: [v("P1_1")] }, pieces: ["。"] },
            { when: { zero: [v("P1_1")] }, pieces: ["本年度未主动公开政府信息。"] },
            {
              pieces: [
                {
                  list: [
                    { label: "政府公报", ref: v("P1_2_1") },
                    { label: "政府网站", ref: v("P1_2_2") },
                    { label: "政务微博", ref: v("P1_2_3") },
                    { label: "政务微信", ref: v("P1_2_4") },
                    { label: "其他方式", ref: v("P1_2_5") },
                  ],
                  unit: "条",
                  before: "按渠道统计，通过",
                  after: "公开政府信息。",
                },
              ],
            },
          ],
        },
        {
          table: T,
          clauses: [
            {
              when: { nonZero: [v("P2_1")] },
              pieces: ["回应公众关注热点或重大舆情", { fig: v("P2_1"), unit: "次" }, "。"],
            },
            {
              pieces: [
                {
                  list: [
                    { label: "参加或举办新闻发布会", ref: v("P2_2_1") },
                    { label: "开展政府网站在线访谈", ref: v("P2_2_2") },
                    { label: "发布政策解读稿件", ref: v("P2_2_3"), unit: "篇" },
                    { label: "通过微博微信回应事件", ref: v("P2_2_4") },
                    { label: "通过其他方式回应事件", ref: v("P2_2_5") },
                  ],
                  unit: "次",
                  before: "本年度",
                  after: "。",
                },
              ],
            },
            {
              when: { zero: RESPONSES },
              pieces: ["本年度未开展新闻发布、在线访谈和政策解读等回应解读工作。"],
            },
          ],
        },
        placeholder("主动公开的重点内容和做法"),
      ],
    },
    {
      heading: "四、人大政协建议提案办理情况",
      paragraphs: [placeholder("人大代表建议和政协提案的办理及公开情况；没有则写明")],
    },
    {
      heading: "五、依申请公开政府信息情况",
      paragraphs: [
        {
          table: T,
          clauses: [
            { when: { zero: APPLICATIONS }, pieces: ["本年度未收到政府信息公开申请。"] },
            {
              when: { nonZero: [v("P3_1")] },
              pieces: ["本年度收到政府信息公开申请", { fig: v("P3_1"), unit: "件" }],
            },
            {
              when: { nonZero: [v("P3_1")] },
              pieces: [
                {
                  list: [
                    { label: "当面申请", ref: v("P3_1_1") },
                    { label: "传真申请", ref: v("P3_1_2") },
                    { label: "网络申请", ref: v("P3_1_3") },
                    { label: "信函申请", ref: v("P3_1_4") },
                    { label: "其他形式申请", ref: v("P3_1_5") },
                  ],
                  unit: "件",
                  before: "，其中",
                },
                "。",
              ],
            },
            { when: { nonZero: [v("P3_2")] }, pieces: ["办结", { fig: v("P3_2"), unit: "件" }] },
            {
              when: { nonZero: [v("P3_2")] },
              pieces: [
                {
                  list: [
                    { label: "按时办结", ref: v("P3_2_1") },
                    { label: "延期办结", ref: v("P3_2_2") },
                  ],
                  unit: "件",
                  before: "，其中",
                },
                "。",
              ],
            },
            { when: { nonZero: [v("P3_3")] }, pieces: ["答复", { fig: v("P3_3"), unit: "件" }] },
            {
              when: { nonZero: [v("P3_3")] },
              pieces: [
                {
                  list: [
                    { label: "属于已主动公开范围", ref: v("P3_3_1") },
                    { label: "同意公开", ref: v("P3_3_2") },
                    { label: "同意部分公开", ref: v("P3_3_3") },
                    { label: "不同意公开", ref: v("P3_3_4") },
                    { label: "不属于本行政机关公开", ref: v("P3_3_5") },
                    { label: "申请信息不存在", ref: v("P3_3_6") },
                    { label: "告知作出更改补充", ref: v("P3_3_7") },
                    { label: "告知通过其他途径办理", ref: v("P3_3_8") },
                  ],
                  unit: "件",
                  before: "，其中",
                },
                "。",
              ],
            },
          ],
        },
      ],
    },
    {
      heading: "六、行政复议和行政诉讼情况",
      paragraphs: [
        {
          table: T,
          clauses: [
            {
              when: { zero: CASES },
              pieces: ["本年度未发生因政府信息公开引起的行政复议、行政诉讼和举报投诉。"],
            },
            {
              when: { nonZero: CASES },
              pieces: [
                {
                  list: [
                    { label: "因政府信息公开被申请行政复议", ref: v("P4") },
                    { label: "被提起行政诉讼", ref: v("P5") },
                    { label: "被举报投诉", ref: v("P6") },
                  ],
                  unit: "件",
                  before: "本年度",
                  after: "。",
                },
              ],
            },
          ],
        },
      ],
    },
    {
      heading: "七、收费及减免情况",
      paragraphs: [
        {
          table: T,
          clauses: [
            {
              when: { zero: APPLICATIONS },
              pieces: ["本年度未收到政府信息公开申请，未收取政府信息公开费用，也不存在减免情况。"],
            },
            { when: { nonZero: APPLICATIONS }, pieces: [{ placeholder: "依申请公开收取费用及减免情况" }] },
          ],
        },
      ],
    },
    {
      heading: "八、政府信息公开工作存在问题及改进情况",
      paragraphs: [placeholder("政府信息公开工作存在的主要问题"), placeholder("改进措施和下一步工作打算")],
    },
    {
      heading: "九、其他需要说明的事项",
      paragraphs: [placeholder("其他需要说明的事项；没有则写明“无其他需要说明的事项”")],
    },
  ],
};
