import { parseValue } from "../../src/core/values";

test.each([
  [null, null, true, undefined],
  ["", null, true, undefined],
  ["　 ", null, true, undefined],
  [12, 12, false, undefined],
  [0, 0, false, undefined],
  ["12", 12, false, "numeric-text"],
  [" 1,234 ", 1234, false, "numeric-text"],
  ["１２", 12, false, "full-width"],
  ["－５", -5, false, "full-width"],
  ["12件", 12, false, "with-unit"],
  ["3.5万元", 3.5, false, "with-unit"],
  ["无", null, false, "text"],
  ["—", 0, false, "text"],
  ["／", 0, false, "text"],
  ["--", 0, false, "text"],
  ["不详", null, false, "text"],
  ["12（估）", null, false, "text"],
  [true, null, false, "text"],
  [{ error: "#REF!" }, null, false, "formula-error"],
  [Number.NaN, null, false, "formula-error"],
  [Infinity, null, false, "formula-error"],
])("%p reads as %p", (raw, value, blank, issue) => {
  const v = parseValue(raw);
  expect(v.value).toBe(value);
  expect(v.blank).toBe(blank);
  expect(v.issue).toBe(issue);
});

test("a formula error keeps its code for the message, NaN shows as #NUM!", () => {
  expect(parseValue({ error: "#DIV/0!" }).text).toBe("#DIV/0!");
  expect(parseValue(Number.NaN).text).toBe("#NUM!");
});
