import { toCsv } from "../../core/report/escape";
import { type BatchRow } from "./check-one";
import { SUMMARY_HEADER, summaryCells } from "./summary-table";

/** The summary as CSV; text that a spreadsheet would run as a formula is neutralised. */
export function batchCsv(rows: readonly BatchRow[]): string {
  return toCsv([[...SUMMARY_HEADER], ...rows.map(summaryCells)]);
}
