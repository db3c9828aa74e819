import { cellRules, relationRules } from "../rules";

/** The checks the engine runs, named for a reviewer. */
export function checksRun(): string[] {
  return [...relationRules, ...cellRules].map((r) => r.meta.description["zh-CN"]);
}
