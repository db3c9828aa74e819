import { z } from "../zod";

/**
 * A template is data: tables, their labels and the relations between their cells.
 * Fixing a label or adding a template is an edit of a JSON file checked against this schema.
 */

export const Severity = z.enum(["error", "warning", "info"]);
export type Severity = z.infer<typeof Severity>;

export const ValueType = z.enum(["int", "decimal"]);
export type ValueType = z.infer<typeof ValueType>;

export const Column = z.object({
  id: z.string().min(1),
  label: z.string().min(1),
  /** Header labels above this one, outermost first; they tell apart columns with the same label. */
  path: z.array(z.string()).default([]),
  aliases: z.array(z.string()).default([]),
  type: ValueType.default("int"),
  unit: z.string().optional(),
  /** Change columns (本年增/减) may be negative. */
  allowNegative: z.boolean().default(false),
});
export type Column = z.infer<typeof Column>;

export const RowKind = z.enum(["item", "total", "subset", "memo", "group"]);

export const Row = z.object({
  id: z.string().min(1),
  /** null: the single unlabeled data row right under the column headers (表四). */
  label: z.string().min(1).nullable(),
  aliases: z.array(z.string()).default([]),
  kind: RowKind.default("item"),
  parent: z.string().nullable().default(null),
  unit: z.string().optional(),
  /** Rows without cells are headings only; they are not located. */
  hasData: z.boolean().default(true),
  /** A blank data cell is reported unless the row is optional (e.g. group rows that should stay blank). */
  required: z.boolean().default(true),
  type: ValueType.optional(),
});
export type Row = z.infer<typeof Row>;

export const Block = z.object({
  id: z.string().min(1),
  caption: z.string().optional(),
  /** Text of the header cell above the row labels in the official layout (e.g. 信息内容). */
  cornerLabel: z.string().optional(),
  /** The official layout has a unit column between labels and figures (pre-2019 统计表). */
  unitLabel: z.string().optional(),
  /** One label column with the hierarchy shown by indentation, instead of one column per level. */
  indentLabels: z.boolean().default(false),
  columns: z.array(Column).min(1),
  rows: z.array(Row).min(1),
});
export type Block = z.infer<typeof Block>;

/** "rowId.colId"; a "*" is replaced by every entry of the relation's `each`. */
export const Ref = z.string().regex(/^[\w*]+\.[\w*]+$/, "reference must look like rowId.colId");

const relationBase = {
  id: z.string().min(1),
  /** Set in the template for every relation: the formats research gives each its weight. */
  severity: Severity,
  each: z.array(z.string()).optional(),
  confidence: z.string().optional(),
  note: z.string().optional(),
};

export const Relation = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("sum"), total: Ref, parts: z.array(Ref).min(1), ...relationBase }),
  z.object({ kind: z.literal("subset"), part: Ref, whole: Ref, ...relationBase }),
  z.object({
    kind: z.literal("balance"),
    left: z.array(Ref).min(1),
    right: z.array(Ref).min(1),
    /** The cell a reviewer is sent to when the two sides differ. */
    target: Ref,
    ...relationBase,
  }),
  z.object({
    kind: z.literal("prior-year"),
    /** this year's cell ... */
    cell: Ref,
    /** ... equals the sum of these cells of last year's report ... */
    prior: z.array(Ref).min(1),
    /** ... plus and minus these cells of this year's report. */
    plus: z.array(Ref).default([]),
    minus: z.array(Ref).default([]),
    ...relationBase,
  }),
  z.object({
    kind: z.literal("blank-expected"),
    cells: z.array(Ref).min(1),
    reason: z.string(),
    ...relationBase,
  }),
  z.object({
    kind: z.literal("zero-unless"),
    cells: z.array(Ref).min(1),
    /** The profile flag that allows non-zero figures (e.g. a body that may make 规章). */
    unless: z.string(),
    reason: z.string(),
    ...relationBase,
  }),
  z.object({
    kind: z.literal("at-least"),
    /** This cell is at least the sum of `plus` minus the sum of `minus` (现行有效 ≥ 本年制发 − 本年废止). */
    cell: Ref,
    plus: z.array(Ref).min(1),
    minus: z.array(Ref).default([]),
    /** Checked only while last year's figure of the cell is unknown: with it, a prior-year relation says more. */
    withoutPrior: z.boolean().default(false),
    reason: z.string(),
    ...relationBase,
  }),
]);
export type Relation = z.infer<typeof Relation>;
export type RelationKind = Relation["kind"];
/** Each relation kind's own type, by kind. */
export type RelationMap = { [K in RelationKind]: Extract<Relation, { kind: K }> };

export const Table = z.object({
  id: z.string().min(1),
  title: z.string().min(1),
  sectionHeading: z.string().optional(),
  /** Printed under the table in the official layout. */
  footnote: z.string().optional(),
  format: z.string(),
  confidence: z.string().optional(),
  blocks: z.array(Block).min(1),
  relations: z.array(Relation).default([]),
});
export type Table = z.infer<typeof Table>;

export const Template = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  format: z.string(),
  /** A recognised but superseded format: checked, and reported as outdated. */
  supersededBy: z.string().optional(),
  tables: z.array(Table).min(1),
});
export type Template = z.infer<typeof Template>;
export type TemplateInput = z.input<typeof Template>;
