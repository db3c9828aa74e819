import { type Args } from "../args";
import { checkCommand } from "./check";
import { outlineCommand } from "./outline";
import { crosscheckCommand } from "./crosscheck";
import { exportCommand } from "./export";
import { aggregateCommand } from "./aggregate";

export interface Io {
  out(text: string): void;
  err(text: string): void;
}

export interface Command {
  name: string;
  /** One line for `nianbao --help`. */
  summary: string;
  usage: string;
  run(args: Args, io: Io): Promise<number>;
}

// check is the main command, so it comes first in the help.
export const commands: Command[] = [
  checkCommand,
  outlineCommand,
  crosscheckCommand,
  exportCommand,
  aggregateCommand,
];
