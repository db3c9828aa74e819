import { jsonFormatter } from "./json";
import { textFormatter } from "./text";
import { type Formatter } from "./types";
import { csvFormatter, htmlFormatter, summaryFormatter } from "../../batch/check-formats";

export type { FormatOptions, Formatter } from "./types";

/** Output formats of `nianbao check --format`, by name. */
export const formatters: Record<string, Formatter> = {
  text: textFormatter,
  json: jsonFormatter,
  summary: summaryFormatter,
  csv: csvFormatter,
  html: htmlFormatter,
};
