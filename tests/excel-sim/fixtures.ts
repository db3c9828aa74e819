import { readFileSync } from "fs";
import { join } from "path";

/** The simulator's workbooks (tests/fixtures/excel-sim) and where their mistakes were planted by hand. */
const DIR = join(__dirname, "../fixtures/excel-sim");

export function workbook(name: string): Buffer {
  return readFileSync(join(DIR, name));
}

export interface Planted {
  sheet?: string;
  error?: string;
  blank?: string;
  clerkFill?: { cell: string; color: string };
  formulas?: string[];
}

export const PLANTED = JSON.parse(readFileSync(join(DIR, "planted.json"), "utf8")) as Record<string, Planted>;

/** Excel's own colours for the "bad" and "neutral" cell styles, as the pane promises to mark errors and warnings. */
export const ERROR_FILL = "#FFC7CE";
export const WARNING_FILL = "#FFEB9C";
