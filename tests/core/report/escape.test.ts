import { csvCell, escapeHtml, toCsv } from "../../../src/core/report";

test.each(['=HYPERLINK("http://x")', "+1+1", "-2+3", "@SUM(A1)", "\tcmd", "\rcmd"])(
  "CSV text %j cannot run as a formula",
  (text) => {
    const cell = csvCell(text);
    expect(cell.replace(/^"/, "")).toMatch(/^'/);
  },
);

test("CSV keeps numbers, quotes commas and quotes, and starts with a BOM", () => {
  expect(csvCell(-3)).toBe("-3");
  expect(csvCell('甲,"乙"')).toBe('"甲,""乙"""');
  expect(toCsv([["单位", 1]])).toBe("\ufeff单位,1\r\n");
});

test("HTML special characters are escaped", () => {
  expect(escapeHtml(`<script>alert("x")</script>&'`)).toBe(
    "&#60;script&#62;alert(&#34;x&#34;)&#60;/script&#62;&#38;&#39;",
  );
});
