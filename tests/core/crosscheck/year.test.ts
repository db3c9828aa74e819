import { crosscheck } from "../../../src/core/crosscheck";
import { checked, filled, FULL } from "../outline/fixtures";
import { HEADINGS_2021 } from "./seed";

const tables = () => checked("gov-2021", filled("gov-2021", FULL["gov-2021"]));

/** A complete report under `title`, with `preamble` before its first section. */
function report(title: string, preamble: string): string {
  return [title, preamble, ...HEADINGS_2021.map((h) => `${h}\n无。`)].join("\n");
}

function years(text: string, year?: number | null) {
  return crosscheck(text, tables(), { year })
    .findings.filter((f) => f.kind === "narrative-year")
    .map((f) => f.message);
}

const LAST_YEAR = report(
  "XX县农业农村局2024年政府信息公开工作年度报告",
  "本报告所列数据的统计期限自2024年1月1日起至2024年12月31日止。",
);

test("a report copied from last year: its title and its 统计期限 each named against the tables' year", () => {
  expect(years(LAST_YEAR, 2025)).toEqual([
    "正文标题“2024年政府信息公开工作年度报告”写的是 2024 年度，统计表是 2025 年度",
    "正文的统计期限“2024年1月1日起至2024年12月31日”是 2024 年，统计表是 2025 年度",
  ]);
  const [f] = crosscheck(LAST_YEAR, tables(), { year: 2025 }).findings;
  expect(f).toMatchObject({ kind: "narrative-year", severity: "warning", rule: "narrative.year-title" });
});

test("the same report for the right year says nothing", () => {
  expect(years(LAST_YEAR, 2024)).toEqual([]);
  expect(crosscheck(LAST_YEAR, tables(), { year: 2024 }).findings).toEqual([]);
});

test("a 统计期限 whose end has no year of its own, and a title in the preamble sentence", () => {
  const text = report(
    "",
    "根据《条例》规定，现公布我局2025年度政府信息公开工作年度报告。本报告中所列数据统计期限为2024年1月1日至12月31日。",
  );
  expect(years(text, 2025)).toEqual(["正文的统计期限“2024年1月1日至12月31日”是 2024 年，统计表是 2025 年度"]);
});

test("the notice a report was written under is not its title", () => {
  const text = report(
    "",
    "根据《关于做好2024年度政府信息公开工作年度报告编制工作的通知》要求，编制本报告。统计期限为2025年1月1日至2025年12月31日。",
  );
  expect(years(text, 2025)).toEqual([]);
});

test("without the tables' year, the title and the 统计期限 are compared with each other", () => {
  const text = report(
    "XX镇人民政府2025年政府信息公开工作年度报告",
    "本报告所列数据的统计期限自2024年1月1日起至2024年12月31日止。",
  );
  expect(years(text)).toEqual([
    "正文标题“2025年政府信息公开工作年度报告”写的是 2025 年度，统计期限“2024年1月1日起至2024年12月31日”却是 2024 年",
  ]);
  expect(years(LAST_YEAR, null)).toEqual([]);
});

test("a faithful report — right year, every section filled, figures as in the tables — has no warning", () => {
  const bodies = [
    "本年度新收政府信息公开申请713件，上年结转36件，共受理749件。",
    "本年度制发行政规范性文件5件，作出行政许可决定120件。",
    "本年度办结672件，其中予以公开294件、部分公开101件；结转下年度继续办理77件。",
    "本年度因政府信息公开被申请行政复议4件，被提起行政诉讼1件。",
    "一是解读形式较为单一；二是更新不够及时。下一步将逐项整改。",
    "本年度无其他需要报告的事项。",
  ];
  const text = [
    "XX市财政局2025年政府信息公开工作年度报告",
    "本报告所列数据的统计期限自2025年1月1日起至2025年12月31日止。",
    ...HEADINGS_2021.flatMap((h, i) => [h, bodies[i]]),
  ].join("\n");
  const out = crosscheck(text, tables(), { year: 2025 });
  expect(out.findings.filter((f) => f.severity !== "info")).toEqual([]);
  expect(out.statements.length).toBeGreaterThanOrEqual(10);
  expect(out.statements.every((s) => s.agrees)).toBe(true);
});
