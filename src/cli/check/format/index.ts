import { jsonFormatter } from "./json";
import { textFormatter } from "./text";
import { type Formatter } from "./types";
import { csvFormatter, htmlFormatter, summaryFormatter } from "../../batch/check-formats";

export type { FormatOptions, Formatter } from "./types";

/** Names of the output formats of `nianbao check --format`, the default first. */
export const FORMATS = ["text", "json", "summary", "csv", "html"] as const;

export const formatters: Record<(typeof FORMATS)[number], Formatter> = {
  text: textFormatter,
  json: jsonFormatter,
  summary: summaryFormatter,
  csv: csvFormatter,
  html: htmlFormatter,
};
