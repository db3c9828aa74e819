import { API_LEVELS, ARGUMENT_LEVELS } from "../../tools/excel-sim/api-levels";
import { officeTypings } from "../../tools/excel-sim/typings";

/** The simulator's level table says what Microsoft's typings say. */

/** The `[Api set: ExcelApi x]` of `Class.member` in the Excel namespace of @types/office-js. */
function typingsLevel(key: string): string | null {
  const [cls, member] = key.split(".");
  const text = officeTypings();
  const start = text.search(
    new RegExp(`\\n    (?:export )?class ${cls} extends OfficeExtension\\.ClientObject \\{`),
  );
  if (start < 0) return null;
  // A collection's items carry no remark of their own: they come with the collection.
  if (member === "items")
    return (
      /\[Api set: ExcelApi (1\.\d+)/.exec(text.slice(text.lastIndexOf("/**", start), start))?.[1] ?? null
    );
  const end = text.indexOf("\n    }\n", start);
  const body = text.slice(start, end);
  const at = body.search(new RegExp(`\\n        (?:readonly )?${member}(?:\\(|\\??:)`));
  if (at < 0) return null;
  const doc = body.slice(0, at);
  return /\[Api set: ExcelApi (1\.\d+)/.exec(doc.slice(doc.lastIndexOf("/**")))?.[1] ?? null;
}

test.each(Object.entries(API_LEVELS))("%s is ExcelApi %s in the typings", (key, level) => {
  expect(typingsLevel(key)).toBe(level);
});

test("the argument levels are the typings' own words", () => {
  const text = officeTypings();
  expect(text).toContain(
    "@param valuesOnly Considers only cells with values as used cells. [Api set: ExcelApi 1.2]",
  );
  expect(text).toContain("[Api set: ExcelApi 1.1 for reading visibility; 1.2 for setting it.]");
  expect(ARGUMENT_LEVELS["Worksheet.getUsedRange(valuesOnly)"]).toBe("1.2");
  expect(ARGUMENT_LEVELS["Worksheet.visibility="]).toBe("1.2");
});
