import { type Relation } from "../templates/schema";
import { balanceRule } from "./balance";
import { type CellRule, type RelationRule, type RuleContext } from "./context";
import { numberRule } from "./number";
import { formulaResultRule } from "./formula-result";
import { blankExpectedRule, zeroUnlessRule } from "./plausibility";
import { priorYearRule } from "./prior-year";
import { requiredRule } from "./required";
import { subsetRule } from "./subset";
import { sumRule } from "./sum";

type AnyRelationRule = { [K in Relation["kind"]]: RelationRule<K> }[Relation["kind"]];

export const relationRules: readonly AnyRelationRule[] = [
  sumRule,
  subsetRule,
  balanceRule,
  priorYearRule,
  blankExpectedRule,
  zeroUnlessRule,
];

export const cellRules: readonly CellRule[] = [numberRule, requiredRule, formulaResultRule];

export function runRelation(ctx: RuleContext, relation: Relation): void {
  const rule = relationRules.find((r) => r.relationKind === relation.kind);
  // The union of rule types needs one narrowing cast: the rule was chosen by the relation's own kind.
  (rule as RelationRule<typeof relation.kind> | undefined)?.check(ctx, relation as never);
}
