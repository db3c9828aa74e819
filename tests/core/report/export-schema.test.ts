import { readFileSync, writeFileSync } from "fs";
import { join } from "path";
import { exportJsonSchema } from "../../../src/core/report";

const FILE = join(__dirname, "../../../schemas/export.schema.json");

/** Run `UPDATE_SCHEMA=1 npx jest tests/core/report/export-schema.test.ts` after changing the zod schema. */
test("schemas/export.schema.json is generated from the current zod schema", () => {
  const current = `${JSON.stringify(exportJsonSchema(), null, 2)}\n`;
  if (process.env.UPDATE_SCHEMA === "1") writeFileSync(FILE, current);
  expect(readFileSync(FILE, "utf8")).toBe(current);
});

test("the published schema requires the figures that check --prior reads", () => {
  const schema = JSON.parse(readFileSync(FILE, "utf8")) as {
    required: string[];
    properties: Record<string, unknown>;
  };
  expect(schema.required).toEqual(
    expect.arrayContaining(["figures", "template", "findings", "justifications"]),
  );
});
