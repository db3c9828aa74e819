import { displayLabel, shortLabel } from "../../../src/core/locate/normalize";
import { partsText, round } from "../../../src/core/rules/context";

test("labels in messages are shown as printed, without spaces and remarks", () => {
  expect(displayLabel("（二）部分公开（区分处理的，只计这一情形，不计其他情形）")).toBe("（二）部分公开");
  expect(
    displayLabel("（一）回应公众关注热点或重大舆情数\n　　　　（不同方式回应同一热点或舆情计1次）"),
  ).toBe("（一）回应公众关注热点或重大舆情数");
  expect(displayLabel("　　其中：主要负责同志参加新闻发布会次数")).toBe(
    "其中：主要负责同志参加新闻发布会次数",
  );
  expect(displayLabel("（一）")).toBe("（一）");
});

test("short labels for the parts of a sum", () => {
  expect(shortLabel("（一）予以公开")).toBe("予以公开");
  expect(shortLabel("1.属于国家秘密")).toBe("属于国家秘密");
  expect(shortLabel("其中：涉及国家秘密")).toBe("涉及国家秘密");
  expect(shortLabel("四、结转下年度继续办理")).toBe("结转下年度继续办理");
  expect(shortLabel("本年收费金额（单位：万元）")).toBe("本年收费金额");
});

test("long sums summarise their zeros", () => {
  const parts = ["甲", "乙", "丙", "丁", "戊", "己"].map((label, i) => ({ label, value: i % 2 ? 0 : i + 1 }));
  // A long list names its parts largest first.
  expect(partsText(parts, "zh-CN")).toBe("戊 5 + 丙 3 + 甲 1 + 其余 3 项为 0");
  expect(partsText(parts, "en-US")).toBe("戊 5 + 丙 3 + 甲 1 + 3 more at 0");
  expect(partsText(parts.slice(0, 2), "zh-CN")).toBe("甲 1 + 乙 0");
});

test("a long sum of nothing but zeros says so instead of listing the rest", () => {
  const zeros = ["甲", "乙", "丙", "丁", "戊", "己"].map((label) => ({ label, value: 0 }));
  expect(partsText(zeros, "zh-CN")).toBe("6 项均为 0");
  expect(partsText(zeros, "en-US")).toBe("all 6 at 0");
});

test("sums are rounded as a reviewer reads them", () => {
  expect(round(0.1 + 0.2)).toBe(0.3);
  expect(round(-1e300)).toBe(-1e300);
});
