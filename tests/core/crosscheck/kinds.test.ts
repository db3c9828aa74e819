import { readFileSync } from "fs";
import { join } from "path";
import { crosscheck } from "../../../src/core/crosscheck";
import { checked, filled, FULL } from "../outline/fixtures";

const SCHEMA = join(__dirname, "../../../schemas/export.schema.json");

test("every kind and message the cross-check gives is published in the findings' schema and in both languages", () => {
  const text = [
    "XX局2024年政府信息公开工作年度报告",
    "一、总体情况",
    "本年度共受理政府信息公开申请749件，新收政府信息公开申请700件。",
    "五、其他需要报告的事项",
    "六、存在的主要问题及改进情况",
  ].join("\n");
  const tables = checked("gov-2021", filled("gov-2021", FULL["gov-2021"]));
  const zh = crosscheck(text, tables, { year: 2025 }).findings;
  const en = crosscheck(text, tables, { year: 2025, lang: "en-US" }).findings;
  const kinds = [...new Set(zh.map((f) => f.kind))].sort();
  expect(kinds).toEqual([
    "narrative-agreement",
    "narrative-mismatch",
    "narrative-structure",
    "narrative-year",
  ]);
  const schema = JSON.parse(readFileSync(SCHEMA, "utf8")) as {
    properties: { findings: { items: { properties: { kind: { enum: string[] } } } } };
  };
  expect(schema.properties.findings.items.properties.kind.enum).toEqual(expect.arrayContaining(kinds));
  // A message id missing from a catalog is shown as the bare id.
  for (const f of [...zh, ...en]) expect(f.message).not.toContain(f.messageId);
  // English messages quote the Chinese text and 口径 as written, around English words.
  for (const f of en) expect(f.message).toMatch(/^The /);
});
