import { type Relation, type Table } from "../templates/schema";

function sub(ref: string, each: string): string {
  return ref.replace("*", each);
}

/** One relation per entry of its `each` list, with "*" replaced. */
export function expandRelation(relation: Relation): Relation[] {
  if (!relation.each) return [relation];
  return relation.each.map((e): Relation => {
    switch (relation.kind) {
      case "sum":
        return {
          ...relation,
          each: undefined,
          total: sub(relation.total, e),
          parts: relation.parts.map((p) => sub(p, e)),
        };
      case "subset":
        return { ...relation, each: undefined, part: sub(relation.part, e), whole: sub(relation.whole, e) };
      case "balance":
        return {
          ...relation,
          each: undefined,
          left: relation.left.map((p) => sub(p, e)),
          right: relation.right.map((p) => sub(p, e)),
          target: sub(relation.target, e),
        };
      case "prior-year":
        return {
          ...relation,
          each: undefined,
          cell: sub(relation.cell, e),
          prior: relation.prior.map((p) => sub(p, e)),
          plus: relation.plus.map((p) => sub(p, e)),
          minus: relation.minus.map((p) => sub(p, e)),
        };
      case "blank-expected":
      case "zero-unless":
        return { ...relation, each: undefined, cells: relation.cells.map((p) => sub(p, e)) };
    }
  });
}

const compiled = new WeakMap<Table, Relation[]>();

/** The table's relations with every "*" expanded, computed once per table. */
export function compileRelations(table: Table): Relation[] {
  let list = compiled.get(table);
  if (!list) {
    list = table.relations.flatMap(expandRelation);
    compiled.set(table, list);
  }
  return list;
}
