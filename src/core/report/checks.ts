import { cellRules, relationRules } from "../rules";

/** The checks the engine ran, named for a reviewer; the prior-year check runs only with last year's figures. */
export function checksRun(withPrior: boolean): string[] {
  const rules = [...Object.values(relationRules), ...cellRules].filter(
    (r) => withPrior || r.meta.id !== "prior-year",
  );
  return [...new Set(rules.map((r) => r.meta.description["zh-CN"]))];
}
