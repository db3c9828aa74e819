import { type Lang } from "../../../core/messages/render";
import { type BatchReport } from "../../batch/check-one";

export interface FormatOptions {
  lang: Lang;
  /** Several files or a folder were asked for: machine formats then give a list even for one file. */
  many: boolean;
}

/** Turns the checked files into the text printed on stdout. */
export interface Formatter {
  render(reports: readonly BatchReport[], options: FormatOptions): string;
}
