import { type Command } from "../command";
import { checkCommand } from "./check";
import { outlineCommand } from "./outline";
import { crosscheckCommand } from "./crosscheck";
import { exportCommand } from "./export";
import { aggregateCommand } from "./aggregate";

export type { Command, Io } from "../command";

// check is the main command, so it comes first in the help.
export const commands: Command[] = [
  checkCommand,
  outlineCommand,
  crosscheckCommand,
  exportCommand,
  aggregateCommand,
];
