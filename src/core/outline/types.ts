/** A piece of outline text: plain words, a figure taken from the table, or a gap the clerk must fill. */
export type Run =
  | { kind: "text"; text: string }
  | {
      kind: "figure";
      text: string;
      value: number;
      table: string;
      /** "rowId.colId" of the cells the figure comes from; several when it is a sum or a percentage. */
      keys: string[];
      /** A1 address of the single cell it quotes, when known. */
      cell?: string;
      sheet?: string;
      derived?: "sum" | "percent";
    }
  | { kind: "placeholder"; text: string }
  /** A figure of a table with errors: not stated as fact until the table is fixed. */
  | { kind: "unverified"; text: string; value: number; table: string; keys: string[]; reason: string };

export type OutlineBlock =
  { kind: "heading"; level: 1 | 2; text: string } | { kind: "paragraph"; runs: Run[] };

export interface Outline {
  template: string;
  title: Run[];
  unit: string | null;
  year: number | null;
  blocks: OutlineBlock[];
}

export const PLACEHOLDER_OPEN = "【待填写：";
export const UNVERIFIED_OPEN = "【数据待核：";
