import { readFileSync } from "fs";
import { compareLevels } from "./api-levels";

let text: string | null = null;

/** The installed @types/office-js, where the requirement set of every Excel member is written down. */
export function officeTypings(): string {
  text ??= readFileSync(require.resolve("@types/office-js/index.d.ts"), "utf8");
  return text;
}

/** The highest ExcelApi set the typings name. */
export function newestLevel(): string {
  const levels = [
    ...new Set([...officeTypings().matchAll(/\[Api set: ExcelApi (1\.\d+)/g)].map((m) => m[1])),
  ];
  return levels.sort(compareLevels)[levels.length - 1];
}
