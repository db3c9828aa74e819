/** The section headings a report of each format must have, and headings of the old format that should be gone. */

export interface SectionRule {
  number: string;
  heading: string;
  /** Matched against a heading line without its number and spaces. */
  pattern: string;
}

export interface SectionLayout {
  sections: SectionRule[];
  /** Headings that belong to an older format. */
  outdated: string[];
  /** The pre-2019 structure was free-form: deviations are notes, not warnings. */
  strict: boolean;
}

const GOV: SectionLayout = {
  sections: [
    { number: "一", heading: "总体情况", pattern: "总体情况" },
    { number: "二", heading: "主动公开政府信息情况", pattern: "主动公开政府信息" },
    { number: "三", heading: "收到和处理政府信息公开申请情况", pattern: "收到和处理政府信息公开申请" },
    { number: "四", heading: "政府信息公开行政复议、行政诉讼情况", pattern: "行政复议.{0,3}行政诉讼" },
    { number: "五", heading: "存在的主要问题及改进情况", pattern: "存在的?主要问题" },
    { number: "六", heading: "其他需要报告的事项", pattern: "其他需要报告" },
  ],
  outdated: [
    "组织领导",
    "基本措施",
    "回应解读",
    "依申请公开政府信息情况",
    "收费及减免",
    "建议提案办理",
    "其他需要说明的事项",
  ],
  strict: true,
};

const PRE_2019: SectionLayout = {
  sections: [
    { number: "一", heading: "组织领导情况和制度建设情况", pattern: "组织领导" },
    { number: "二", heading: "信息公开基本措施", pattern: "基本措施" },
    { number: "三", heading: "主动公开政府信息情况", pattern: "主动公开政府信息" },
    { number: "四", heading: "人大政协建议提案办理情况", pattern: "建议提案" },
    { number: "五", heading: "依申请公开政府信息情况", pattern: "依申请公开" },
    { number: "六", heading: "行政复议和行政诉讼情况", pattern: "行政复议.{0,3}行政诉讼" },
    { number: "七", heading: "收费及减免情况", pattern: "收费及减免" },
    { number: "八", heading: "政府信息公开工作存在问题及改进情况", pattern: "存在的?问题" },
    { number: "九", heading: "其他需要说明的事项", pattern: "其他需要说明" },
  ],
  outdated: [],
  strict: false,
};

export const SECTION_LAYOUTS: Record<string, SectionLayout> = {
  "gov-2021": GOV,
  "gov-2019": GOV,
  "pre-2019": PRE_2019,
};
