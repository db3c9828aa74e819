/**
 * Outline structure as data: sections with their headings, and paragraphs made of pieces that are
 * literal text, figures from the table, lists of the non-zero figures, or gaps for the clerk.
 * A clause is kept only when its condition holds, so zero figures give natural sentences instead of "0 件".
 */

/** "rowId.colId" of the paragraph's table. */
export type Ref = string;

export type Piece =
  | string
  | { fig: Ref; unit: string }
  /** Non-zero items as 「予以公开294件、部分公开101件」; an item of several cells is their sum; nothing when all are zero. */
  | {
      list: Array<{ label: string; ref: Ref | Ref[]; unit?: string }>;
      unit: string;
      before?: string;
      after?: string;
    }
  /** Share of the `percent` cells in the `of` cells, as 「55.4%」; nothing when the base is zero. */
  | { percent: Ref[]; of: Ref[]; before?: string; after?: string }
  | { placeholder: string };

export interface Condition {
  /** Every listed cell is zero or blank. */
  zero?: Ref[];
  /** At least one listed cell is non-zero. */
  nonZero?: Ref[];
  /** Every listed cell is non-zero. */
  allNonZero?: Ref[];
}

export interface Clause {
  when?: Condition;
  pieces: Piece[];
}

export interface ParagraphSpec {
  /** Table id the refs belong to; none for pure placeholders. */
  table?: string;
  clauses: Clause[];
}

export interface SectionSpec {
  heading: string;
  paragraphs: ParagraphSpec[];
  subsections?: SectionSpec[];
}

export interface OutlineSpec {
  template: string;
  /**
   * Which errors make a figure unverified: any in its table (the 2019/2021 tables are tied together by their
   * balance), or only those under the same top-level row (the pre-2019 统计表 is one table of independent parts).
   */
  errorScope: "table" | "top-row";
  sections: SectionSpec[];
}

export function placeholder(text: string): ParagraphSpec {
  return { clauses: [{ pieces: [{ placeholder: text }] }] };
}
