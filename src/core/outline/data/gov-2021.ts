import { type OutlineSpec } from "../spec";
import { applicationDetail, closingSections, overviewSubsections, reviewAndLitigation } from "./gov-shared";

const T2 = "t2021_2";
const MADE = ["gz.made", "xzgfxwj.made"];
const DECISIONS = ["xzxk.decisions", "xzcf.decisions", "xzqz.decisions"];

export const gov2021Outline: OutlineSpec = {
  template: "gov-2021",
  errorScope: "table",
  sections: [
    { heading: "一、总体情况", paragraphs: [], subsections: overviewSubsections("t2021_3") },
    {
      heading: "二、主动公开政府信息情况",
      paragraphs: [
        {
          table: T2,
          clauses: [
            {
              when: { nonZero: MADE },
              pieces: [
                {
                  list: [
                    { label: "规章", ref: "gz.made" },
                    { label: "行政规范性文件", ref: "xzgfxwj.made" },
                  ],
                  unit: "件",
                  before: "本年度制发",
                  after: "。",
                },
              ],
            },
            { when: { zero: MADE }, pieces: ["本年度未制发规章和行政规范性文件。"] },
            {
              pieces: [
                {
                  list: [
                    { label: "规章", ref: "gz.repealed" },
                    { label: "行政规范性文件", ref: "xzgfxwj.repealed" },
                  ],
                  unit: "件",
                  before: "废止",
                  after: "。",
                },
              ],
            },
            {
              pieces: [
                {
                  list: [
                    { label: "规章", ref: "gz.valid" },
                    { label: "行政规范性文件", ref: "xzgfxwj.valid" },
                  ],
                  unit: "件",
                  before: "截至年底现行有效",
                  after: "。",
                },
              ],
            },
            {
              when: { nonZero: DECISIONS },
              pieces: [
                {
                  list: [
                    { label: "行政许可决定", ref: "xzxk.decisions" },
                    { label: "行政处罚决定", ref: "xzcf.decisions" },
                    { label: "行政强制决定", ref: "xzqz.decisions" },
                  ],
                  unit: "件",
                  before: "本年度作出",
                  after: "。",
                },
              ],
            },
            { when: { zero: DECISIONS }, pieces: ["本年度未作出行政许可、行政处罚和行政强制决定。"] },
            {
              when: { nonZero: ["xzsyxsf.amount"] },
              pieces: ["本年度行政事业性收费金额", { fig: "xzsyxsf.amount", unit: "万元" }, "。"],
            },
            { when: { zero: ["xzsyxsf.amount"] }, pieces: ["本年度未收取行政事业性收费。"] },
          ],
        },
      ],
    },
    { heading: "三、收到和处理政府信息公开申请情况", paragraphs: [applicationDetail("t2021_3")] },
    { heading: "四、政府信息公开行政复议、行政诉讼情况", paragraphs: [reviewAndLitigation("t2021_4")] },
    ...closingSections("t2021_3"),
  ],
};
