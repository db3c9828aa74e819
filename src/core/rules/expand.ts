import { cellKey } from "../locate/locate-table";
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

/** The relation with its cell references replaced by the locator's key strings (see cellKey). */
function withCellKeys(relation: Relation): Relation {
  const copy: Record<string, unknown> = { ...relation };
  const key = (ref: string): string => {
    const dot = ref.indexOf(".");
    return dot < 0 ? ref : cellKey(ref.slice(0, dot), ref.slice(dot + 1));
  };
  for (const field of refFieldsOf(relation.kind)) {
    const v = copy[field];
    copy[field] = Array.isArray(v) ? v.map((r: string) => key(r)) : key(v as string);
  }
  return copy as Relation;
}

const compiled = new WeakMap<Table, Relation[]>();

/**
 * The table's relations with every "*" expanded, computed once per table. Their references are the very strings
 * the located cells are keyed by, which the rules' many map look-ups find fastest.
 */
export function compileRelations(table: Table): Relation[] {
  let list = compiled.get(table);
  if (!list) {
    list = table.relations.flatMap(expandRelation).map(withCellKeys);
    compiled.set(table, list);
  }
  return list;
}
