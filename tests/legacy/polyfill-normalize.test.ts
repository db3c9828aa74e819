import { normalizeCompat } from "../../src/legacy/polyfill-normalize";
import { builtinTemplates } from "../../src/core/templates";

// What clerks type or paste into the tables, with the forms NFKC folds (written by hand).
const TYPED = [
  "（一）申请人数　１２３",
  "⑴ 本年新收政府信息公开申请数量",
  "㈠ 予以公开",
  "⼀、总体情况",
  "１，２３４．５ 件",
  "面积 ３５㎡，温度 ２０℃",
  "Ⅱ．其中：涉及国家秘密",
  "①②③",
  "ｅｎｔｅｒｐｒｉｓｅ",
  // CJK compatibility ideographs, as text converted from Big5 or pasted from old systems carries them: 豈 金 縷.
  "\uF900\uF90A\uF9A8 行政复议",
];

test.each(["NFKC", "NFC"])("folds what clerks type as the browser's own %s does", (form) => {
  for (const text of TYPED) expect(normalizeCompat(text, form)).toBe(text.normalize(form));
  expect(normalizeCompat("１２３", "NFKC")).toBe("123");
  expect(normalizeCompat("\uF90A", form)).toBe("\u91D1");
});

test("agrees with the browser on every label of the built-in templates", () => {
  const labels = JSON.stringify(builtinTemplates());
  expect(normalizeCompat(labels, "NFKC")).toBe(labels.normalize("NFKC"));
  expect(normalizeCompat(labels, "NFC")).toBe(labels.normalize("NFC"));
});

test("refuses the decomposed forms rather than answer wrongly", () => {
  expect(() => normalizeCompat("é", "NFD")).toThrow(RangeError);
});
