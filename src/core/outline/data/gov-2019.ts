import { type OutlineSpec } from "../spec";
import { applicationDetail, closingSections, overviewSubsections, reviewAndLitigation } from "./gov-shared";

const T2 = "t2019_2";
const DECISIONS = ["xzxk.decisions", "qtdwglfw.decisions", "xzcf.decisions", "xzqz.decisions"];

function documents(
  col: string,
  before: string,
): { list: Array<{ label: string; ref: string }>; unit: string; before: string; after: string } {
  return {
    list: [
      { label: "规章", ref: `gz.${col}` },
      { label: "规范性文件", ref: `gfxwj.${col}` },
    ],
    unit: "件",
    before,
    after: "。",
  };
}

export const gov2019Outline: OutlineSpec = {
  template: "gov-2019",
  errorScope: "table",
  sections: [
    { heading: "一、总体情况", paragraphs: [], subsections: overviewSubsections("t2019_3") },
    {
      heading: "二、主动公开政府信息情况",
      paragraphs: [
        {
          table: T2,
          clauses: [
            {
              when: { nonZero: ["gz.new_made", "gfxwj.new_made"] },
              pieces: [documents("new_made", "本年度新制作")],
            },
            {
              when: { zero: ["gz.new_made", "gfxwj.new_made"] },
              pieces: ["本年度未新制作规章和规范性文件。"],
            },
            { pieces: [documents("new_published", "本年度新公开")] },
            { pieces: [documents("total_published", "截至年底对外公开")] },
            {
              when: { nonZero: DECISIONS },
              pieces: [
                {
                  list: [
                    { label: "行政许可", ref: "xzxk.decisions" },
                    { label: "其他对外管理服务事项", ref: "qtdwglfw.decisions" },
                    { label: "行政处罚", ref: "xzcf.decisions" },
                    { label: "行政强制", ref: "xzqz.decisions" },
                  ],
                  unit: "件",
                  before: "本年度作出处理决定：",
                  after: "。",
                },
              ],
            },
            { when: { zero: DECISIONS }, pieces: ["本年度未作出行政许可、行政处罚、行政强制等处理决定。"] },
            {
              when: { nonZero: ["zfjzcg.purchases"] },
              pieces: ["本年度政府集中采购项目", { fig: "zfjzcg.purchases", unit: "项" }],
            },
            {
              when: { nonZero: ["zfjzcg.amount"] },
              pieces: ["，采购总金额", { fig: "zfjzcg.amount", unit: "万元" }],
            },
            { when: { nonZero: ["zfjzcg.purchases", "zfjzcg.amount"] }, pieces: ["。"] },
          ],
        },
      ],
    },
    { heading: "三、收到和处理政府信息公开申请情况", paragraphs: [applicationDetail("t2019_3")] },
    { heading: "四、政府信息公开行政复议、行政诉讼情况", paragraphs: [reviewAndLitigation("t2019_4")] },
    ...closingSections("t2019_3"),
  ],
};
