import { outlineSpecs } from "../outline/generate";

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

/** Headings come from the outline data (one place for them); here only how each is recognised in a report. */
const PATTERNS: Record<string, string> = {
  总体情况: "总体情况",
  主动公开政府信息情况: "主动公开政府信息",
  收到和处理政府信息公开申请情况: "收到和处理政府信息公开申请",
  "政府信息公开行政复议、行政诉讼情况": "行政复议.{0,3}行政诉讼",
  存在的主要问题及改进情况: "存在的?主要问题",
  其他需要报告的事项: "其他需要报告",
  组织领导情况和制度建设情况: "组织领导",
  信息公开基本措施: "基本措施",
  人大政协建议提案办理情况: "建议提案",
  依申请公开政府信息情况: "依申请公开",
  行政复议和行政诉讼情况: "行政复议.{0,3}行政诉讼",
  收费及减免情况: "收费及减免",
  政府信息公开工作存在问题及改进情况: "存在的?问题",
  其他需要说明的事项: "其他需要说明",
};

function sectionsOf(template: string): SectionRule[] {
  const spec = outlineSpecs.find((o) => o.template === template);
  return (spec?.sections ?? []).map((section) => {
    // Only the first 、 ends the number: 「四、政府信息公开行政复议、行政诉讼情况」 has another in its heading.
    const cut = section.heading.indexOf("、");
    const number = section.heading.slice(0, cut);
    const heading = section.heading.slice(cut + 1);
    return { number, heading, pattern: PATTERNS[heading] ?? heading };
  });
}

const GOV_OUTDATED = [
  "组织领导",
  "基本措施",
  "回应解读",
  "依申请公开政府信息情况",
  "收费及减免",
  "建议提案办理",
  "其他需要说明的事项",
];

export const SECTION_LAYOUTS: Record<string, SectionLayout> = {
  "gov-2021": { sections: sectionsOf("gov-2021"), outdated: GOV_OUTDATED, strict: true },
  "gov-2019": { sections: sectionsOf("gov-2019"), outdated: GOV_OUTDATED, strict: true },
  "pre-2019": { sections: sectionsOf("pre-2019"), outdated: [], strict: false },
};
