import { type Constraint } from "../sample/constraint";
import { type Relation, type RelationKind, type RelationMap } from "../templates/schema";
import { atLeastRule } from "./at-least";
import { balanceRule } from "./balance";
import { type CellRule, type RelationRule, type RuleContext } from "./context";
import { numberRule } from "./number";
import { formulaResultRule } from "./formula-result";
import { blankExpectedRule, zeroUnlessRule } from "./plausibility";
import { priorYearRule } from "./prior-year";
import { requiredRule } from "./required";
import { subsetRule } from "./subset";
import { sumRule } from "./sum";

/** One rule per relation kind of the template schema: a kind without its rule, or a rule for no kind, fails tsc. */
export const relationRules: { readonly [K in RelationKind]: RelationRule<K> } = {
  sum: sumRule,
  subset: subsetRule,
  balance: balanceRule,
  "prior-year": priorYearRule,
  "blank-expected": blankExpectedRule,
  "zero-unless": zeroUnlessRule,
  "at-least": atLeastRule,
};

export const cellRules: readonly CellRule[] = [numberRule, requiredRule, formulaResultRule];

function ruleFor<K extends RelationKind>(kind: K): RelationRule<K> {
  return relationRules[kind];
}

function check<K extends RelationKind>(ctx: RuleContext, kind: K, relation: RelationMap[K]): void {
  ruleFor(kind).check(ctx, relation);
}

function constraintsFor<K extends RelationKind>(kind: K, relation: RelationMap[K]): Constraint[] {
  return ruleFor(kind).constraints(relation);
}

export function runRelation(ctx: RuleContext, relation: Relation): void {
  check(ctx, relation.kind, relation);
}

/** What figures satisfy the relation, in the sample generator's terms. */
export function relationConstraints(relation: Relation): Constraint[] {
  return constraintsFor(relation.kind, relation);
}
