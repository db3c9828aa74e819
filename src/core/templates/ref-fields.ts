import { z } from "../zod";
import { Ref, Relation, type RelationKind } from "./schema";

/*
 * Apart from schema.ts so that the ES5 legacy pane, where zod cannot run, gets these few names computed at build
 * time (scripts/legacy/legacy-pane.js) while the checker everywhere else reads them off the schema as it stands.
 */

function unwrap(schema: z.ZodType): z.ZodType {
  return schema instanceof z.ZodDefault || schema instanceof z.ZodOptional
    ? unwrap(schema.unwrap() as z.ZodType)
    : schema;
}

/** Each relation kind's fields that hold cell references. */
export const REF_FIELDS: ReadonlyMap<string, readonly string[]> = new Map<string, readonly string[]>(
  Relation.options.map((o) => [
    o.shape.kind.value,
    Object.entries(o.shape)
      .filter(([, field]) => {
        const t = unwrap(field as z.ZodType);
        return t === Ref || (t instanceof z.ZodArray && t.element === Ref);
      })
      .map(([name]) => name),
  ]),
);

/** The fields of a relation kind that hold cell references, read off the schema. */
export function refFieldsOf(kind: RelationKind): readonly string[] {
  return REF_FIELDS.get(kind) ?? [];
}
