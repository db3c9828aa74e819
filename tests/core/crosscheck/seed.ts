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
