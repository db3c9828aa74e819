import { refFieldsOf } from "../templates/ref-fields";
import { type Relation, type Table } from "../templates/schema";

/** One relation per entry of its `each` list, with "*" replaced in every cell reference. */
export function expandRelation(relation: Relation): Relation[] {
  const each = relation.each;
  if (!each) return [relation];
  return each.map((e) => {
    const sub = (ref: string): string => ref.replace("*", e);
    const copy: Record<string, unknown> = { ...relation, each: undefined };
    for (const field of refFieldsOf(relation.kind)) {
      const v = copy[field];
      copy[field] = Array.isArray(v) ? v.map((r: string) => sub(r)) : sub(v as string);
    }
    // Only reference strings changed, so the copy is a relation of the same kind.
    return copy as Relation;
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
