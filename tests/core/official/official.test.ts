import { compileRelations } from "../../../src/core/rules/expand";
import { builtinTemplates } from "../../../src/core/templates";
import { FilledForm } from "../helpers";
import { expectConsistent } from "./evaluate";
import { officialFigures } from "./figures";
import { OFFICIAL_RELATIONS } from "./relations";

const templates = builtinTemplates();
const tables = templates.flatMap((t) => t.tables.map((table) => [t.id, table.id, table] as const));

/** A relation as data, without what does not change what it checks (its `each` is expanded, notes are notes). */
function essence(relation: object): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(relation).filter(
      ([k, x]) => !["each", "note", "confidence"].includes(k) && x !== undefined,
    ),
  );
}
const text = (o: object): string => JSON.stringify(o, Object.keys(o).sort());
const byText = (a: object, b: object): number => text(a).localeCompare(text(b));

test("every table of every template has its statement, and no statement is left over", () => {
  expect(Object.keys(OFFICIAL_RELATIONS).sort()).toEqual(templates.map((t) => t.id).sort());
  for (const t of templates)
    expect(Object.keys(OFFICIAL_RELATIONS[t.id]).sort()).toEqual(t.tables.map((x) => x.id).sort());
});

test.each(tables)(
  "%s %s: the template's relations are the official ones, relation for relation",
  (t, id, table) => {
    const compiled = compileRelations(table).map(essence).sort(byText);
    const official = OFFICIAL_RELATIONS[t][id].map(essence).sort(byText);
    expect(compiled).toEqual(official);
  },
);

describe.each(templates.map((t) => t.id))("the hand-built figures of %s", (templateId) => {
  const template = templates.find((t) => t.id === templateId)!;

  test("fill every data cell and break no official relation", () => {
    for (let seed = 1; seed <= 30; seed++) {
      const figures = officialFigures(templateId, seed);
      for (const table of template.tables) expectConsistent(templateId, table, figures[table.id]);
    }
  });

  test("give no finding in the official layout", () => {
    for (let seed = 1; seed <= 5; seed++) {
      const found = new FilledForm(templateId, seed).check().findings;
      expect(found.filter((f) => f.kind !== "outdated-template")).toEqual([]);
    }
  });
});
