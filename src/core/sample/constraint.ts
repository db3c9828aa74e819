/**
 * What a relation asks of the figures of a table, in the few shapes the sample generator can satisfy.
 * Each relation rule says which of them its relations are; a new relation kind needs no change here.
 */
export type Constraint =
  /** Σleft = Σright; a sum has its total alone on the left. */
  | { kind: "equal"; left: string[]; right: string[] }
  /** Σsmall ≤ Σlarge. */
  | { kind: "at-most"; small: string[]; large: string[] }
  /** The cells stay blank. */
  | { kind: "blank"; cells: string[] }
  /** The cells are 0 unless the body's profile has the flag. */
  | { kind: "zero"; cells: string[]; unless: string }
  /** cell = Σ last year's prior + Σplus − Σminus, when last year's figures are given. */
  | { kind: "from-prior"; cell: string; prior: string[]; plus: string[]; minus: string[] };
