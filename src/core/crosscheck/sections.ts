import { outlineSpecs } from "../outline/generate";

/** The section headings a report of each format must have, and headings of the old format that should be gone. */

export interface SectionRule {
  number: string;
  heading: string;
  /** Matched against a heading line without its number and spaces. */
  pattern: string;
  /**
   * The heading's wordings from its start, as real reports write them: where a heading stands inside a line
   * (text copied from a web page or a PDF loses its line breaks), this says where the heading ends.
   */
  wording: string;
  /** The format fills this section with a statistics table, which the narrative text does not carry. */
  table: boolean;
}

export interface SectionLayout {
  sections: SectionRule[];
  /** Headings that belong to an older format. */
  outdated: string[];
  /** The pre-2019 structure was free-form: deviations are notes, not warnings. */
  strict: boolean;
}

/** Headings come from the outline data (one place for them); here only how each is recognised in a report. */
const RECOGNISED: Record<string, { pattern: string; wording: string }> = {
  总体情况: {
    pattern: "总体(?:情况|概述)|^概述$",
    wording: "(?:政府信息公开)?(?:工作)?(?:总体(?:工作)?(?:情况|概述)|概述)",
  },
  主动公开政府信息情况: { pattern: "主动公开政府信息", wording: "(?:行政机关)?主动公开政府信息(?:的)?情况" },
  收到和处理政府信息公开申请情况: {
    pattern: "收到和处理政府信息公开申请",
    wording: "(?:行政机关)?收到和处理政府信息公开申请(?:的)?情况",
  },
  "政府信息公开行政复议、行政诉讼情况": {
    pattern: "行政复议.{0,4}行政诉讼",
    wording: "(?:因)?(?:政府信息公开)?(?:工作)?(?:被申请)?行政复议[、和及与]?(?:提起)?行政诉讼(?:的)?情况",
  },
  存在的主要问题及改进情况: {
    pattern: "存在的?(?:主要)?问题",
    wording:
      "(?:政府信息公开)?(?:工作)?中?(?:当前)?存在的?(?:主要)?问题(?:及|和|与)(?:下一步)?(?:改进|整改)(?:情况|措施)",
  },
  其他需要报告的事项: {
    pattern: "其[他它](?:需要)?(?:报告|汇报)",
    wording: "其[他它](?:需要)?(?:报告|汇报)(?:的)?事项",
  },
  组织领导情况和制度建设情况: { pattern: "组织领导", wording: "组织领导(?:情况)?和制度建设情况" },
  信息公开基本措施: { pattern: "基本措施", wording: "(?:政府)?信息公开(?:工作)?基本措施" },
  人大政协建议提案办理情况: { pattern: "建议提案", wording: "人大(?:代表)?政协(?:委员)?建议提案办理情况" },
  依申请公开政府信息情况: { pattern: "依申请公开", wording: "依申请公开政府信息(?:的)?情况" },
  行政复议和行政诉讼情况: {
    pattern: "行政复议.{0,4}行政诉讼",
    wording: "(?:因政府信息公开(?:申请)?)?(?:申请)?行政复议[、和及与]?(?:提起)?行政诉讼(?:的)?情况",
  },
  收费及减免情况: { pattern: "收费及减免", wording: "(?:政府信息公开(?:的)?)?收费及减免情况" },
  政府信息公开工作存在问题及改进情况: {
    pattern: "存在的?(?:主要)?问题",
    wording: "(?:政府信息公开工作)?存在的?(?:主要)?问题(?:及|和)(?:改进|整改)(?:情况|措施)",
  },
  其他需要说明的事项: { pattern: "其[他它]需要说明", wording: "其[他它]需要说明的事项" },
};

/** Sections the 2019 and 2021 formats fill with tables 二, 三 and 四. */
const TABLE_SECTIONS = new Set([
  "主动公开政府信息情况",
  "收到和处理政府信息公开申请情况",
  "政府信息公开行政复议、行政诉讼情况",
]);

function sectionsOf(template: string): SectionRule[] {
  const spec = outlineSpecs.find((o) => o.template === template);
  return (spec?.sections ?? []).map((section) => {
    // Only the first 、 ends the number: 「四、政府信息公开行政复议、行政诉讼情况」 has another in its heading.
    const cut = section.heading.indexOf("、");
    const number = section.heading.slice(0, cut);
    const heading = section.heading.slice(cut + 1);
    const known = RECOGNISED[heading] ?? { pattern: heading, wording: heading };
    return { number, heading, ...known, table: template !== "pre-2019" && TABLE_SECTIONS.has(heading) };
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
