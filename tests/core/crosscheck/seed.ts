import { readFileSync } from "fs";
import path from "path";
import { type Figures } from "../../../src/core/rules/context";

const FIXTURES = path.join(__dirname, "../../fixtures");

/** The 2018 seed report: its narrative text and the figures of its 统计表. */
export const seedText = readFileSync(path.join(FIXTURES, "seed-2018-report.txt"), "utf8");
const table = JSON.parse(readFileSync(path.join(FIXTURES, "seed-2018-table.json"), "utf8")) as {
  title: string;
  figures: Figures;
};
export const seedTitle = table.title;
export const seedFigures = table.figures;

/** The six section headings of a report on the 2021 format, in order. */
export const HEADINGS_2021 = [
  "一、总体情况",
  "二、主动公开政府信息情况",
  "三、收到和处理政府信息公开申请情况",
  "四、政府信息公开行政复议、行政诉讼情况",
  "五、存在的主要问题及改进情况",
  "六、其他需要报告的事项",
];
