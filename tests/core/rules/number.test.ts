import { type CellValue } from "../../../src/core/grid";
import { FilledForm } from "../helpers";

const T3 = "t2021_3";
const KEY = "r3_3_2.np";
const SUBJECT = "2.其他法律行政法规禁止公开（自然人）";

function numberFindings(v: CellValue, table = T3, key = KEY, lang: "zh-CN" | "en-US" = "zh-CN") {
  const form = new FilledForm("gov-2021", 4).set(table, key, v);
  return form.check({ lang }).findings.filter((f) => f.rule === "number");
}

test.each([
  ["text", "不详", "error", `${SUBJECT}填的是文字「不详」，不是数字`],
  ["a dash for nothing", "—", "warning", `${SUBJECT}填的是文字「—」，不是数字`],
  [
    "number stored as text",
    "12",
    "warning",
    `${SUBJECT}的 12 是以文本形式存储的数字，Excel 求和时会忽略它，请改为数字格式`,
  ],
  ["full-width digits", "１２", "warning", `${SUBJECT}的「１２」使用了全角数字，请改为半角数字 12`],
  ["a unit", "12件", "warning", `${SUBJECT}的「12件」带有单位，单元格只应填数字 12`],
  ["a formula error", { error: "#REF!" }, "error", `${SUBJECT}是公式错误 #REF!，请检查公式引用的单元格`],
  ["a negative count", -3, "error", `${SUBJECT}为负数 -3，统计数不能为负`],
  ["a fraction in a count", 2.5, "error", `${SUBJECT}为小数 2.5，件数、条数等应为整数`],
  ["a boolean", true, "error", `${SUBJECT}填的是文字「true」，不是数字`],
] as Array<[string, CellValue, string, string]>)("%s", (_name, value, severity, message) => {
  const found = numberFindings(value);
  expect(found).toHaveLength(1);
  expect(found[0]).toMatchObject({ severity, cell: found[0].involved[0].cell });
  expect(found[0].detail).toBe(message);
});

test("English messages", () => {
  expect(numberFindings("12件", T3, KEY, "en-US")[0].detail).toBe(
    `${SUBJECT} holds “12件” with a unit; the cell should hold the number 12 only`,
  );
  expect(numberFindings({ error: "#DIV/0!" }, T3, KEY, "en-US")[0].detail).toBe(
    `${SUBJECT} is the formula error #DIV/0!; check the cells its formula refers to`,
  );
});

test("a dash for nothing counts as 0, so the sums are still checked", () => {
  const form = new FilledForm("gov-2021", 4);
  const key = "r3_3_1.np";
  const v = form.value(T3, key);
  form.set(T3, key, "—");
  const found = form.check().findings;
  expect(v).toBeGreaterThan(0);
  expect(found.filter((f) => f.kind === "sum-mismatch").map((f) => f.expected)).toEqual([
    form.value(T3, "r3_3_1.total") - v,
    form.value(T3, "r3_7_total.np") - v,
  ]);
  expect(form.check().figures[T3][key]).toBe(0);
});

test("a readable number in the wrong form still counts in the sums", () => {
  const form = new FilledForm("gov-2021", 4);
  const v = form.value(T3, KEY);
  form.set(T3, KEY, `${v}件`);
  expect(form.check().findings.filter((f) => f.severity === "error")).toEqual([]);
  expect(form.check().figures[T3][KEY]).toBe(v);
});

test("decimals are allowed in 万元 cells, not in counts", () => {
  expect(numberFindings(12.35, "t2021_2", "xzsyxsf.amount")).toEqual([]);
  expect(numberFindings(1.5, "t2021_2", "xzxk.decisions").map((f) => f.kind)).toEqual(["not-integer"]);
  const pre = new FilledForm("pre-2019", 1).set("pre2019", "P10_4.value", 3.75);
  expect(pre.check().findings).toEqual([]);
});

test("negative figures are allowed where the column is a change (2019 本年增/减)", () => {
  const form = new FilledForm("gov-2019", 1).set("t2019_2", "xzxk.change", -2);
  expect(form.check().findings.filter((f) => f.rule === "number")).toEqual([]);
});
