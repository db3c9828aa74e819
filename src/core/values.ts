import { type CellValue, isCellError } from "./grid";

/** What is wrong with a cell that should hold a number, if anything. */
export type ValueIssue = "text" | "numeric-text" | "full-width" | "with-unit" | "formula-error";

export interface ParsedValue {
  raw: CellValue;
  /** The number the cell stands for; null when blank or unreadable. Blank counts as 0 in sums. */
  value: number | null;
  blank: boolean;
  issue?: ValueIssue;
  /** The cell as text, for messages. */
  text: string;
  /** A formula saved without its result, computed here from the cells it adds up, or unknown (value null). */
  formulaWithoutResult?: "computed" | "unknown";
}

const UNITS = "件|条|个|次|人次|人|篇|项|万元|元";
const NUMBER = /^[-+]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?$/;
const WITH_UNIT = new RegExp(`^([-+]?[\\d,]+(?:\\.\\d+)?)(?:${UNITS})$`);
const SPACES = /[\s\u00a0\u3000\u200b\ufeff]+/g;
/** Dashes and slashes that forms use for "nothing": read as 0 so that the sums can still be checked. */
const NOTHING = /^[-－—–―─/／\\]+$/;

function toNumber(s: string): number {
  return Number(s.replace(/,/g, ""));
}

export function parseValue(raw: CellValue): ParsedValue {
  if (raw === null || raw === undefined) return { raw: null, value: null, blank: true, text: "" };
  if (typeof raw === "number") {
    // A host can hand over NaN or ±Infinity where Excel would show #NUM!.
    return Number.isFinite(raw)
      ? { raw, value: raw, blank: false, text: String(raw) }
      : { raw, value: null, blank: false, issue: "formula-error", text: "#NUM!" };
  }
  if (isCellError(raw)) return { raw, value: null, blank: false, issue: "formula-error", text: raw.error };
  if (typeof raw === "boolean") return { raw, value: null, blank: false, issue: "text", text: String(raw) };
  const text = raw.replace(SPACES, "");
  if (text === "") return { raw, value: null, blank: true, text: "" };
  if (NUMBER.test(text))
    return { raw, value: toNumber(text), blank: false, issue: "numeric-text", text: raw };
  const narrow = text.normalize("NFKC").replace(SPACES, "");
  if (narrow !== text && NUMBER.test(narrow))
    return { raw, value: toNumber(narrow), blank: false, issue: "full-width", text: raw };
  const unit = WITH_UNIT.exec(narrow);
  if (unit) return { raw, value: toNumber(unit[1]), blank: false, issue: "with-unit", text: raw };
  if (NOTHING.test(text)) return { raw, value: 0, blank: false, issue: "text", text: raw };
  return { raw, value: null, blank: false, issue: "text", text: raw };
}
