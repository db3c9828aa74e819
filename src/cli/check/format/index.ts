import { jsonFormatter } from "./json";
import { textFormatter } from "./text";
import { type Formatter } from "./types";

export type { FormatOptions, Formatter } from "./types";

/** Output formats of `nianbao check --format`, by name. */
export const formatters: Record<string, Formatter> = {
  text: textFormatter,
  json: jsonFormatter,
};
