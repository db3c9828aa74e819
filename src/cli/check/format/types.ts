import { type Lang } from "../../../core/messages/render";
import { type BatchReport } from "../../batch/check-one";

export interface FormatOptions {
  lang: Lang;
  /** A folder was asked for: machine formats then give a list even for one file (several files always do). */
  many: boolean;
}

/** Turns the checked files into the text printed on stdout. */
export interface Formatter {
  render(reports: readonly BatchReport[], options: FormatOptions): string;
}
