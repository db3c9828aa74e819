import { type CommandLine, type OptionShape, parseCommandLine } from "./options";

export interface Io {
  out(text: string): void;
  err(text: string): void;
}

export interface Command {
  name: string;
  /** One line for `nianbao --help`. */
  summary: string;
  usage: string;
  run(argv: readonly string[], io: Io): Promise<number>;
}

export interface CommandSpec<S extends OptionShape> {
  name: string;
  summary: string;
  usage: string;
  /** Every option the command takes; any other is refused. */
  options: S;
  /** Short names, e.g. `o` for `output`. */
  aliases?: Readonly<Record<string, keyof S & string>>;
  run(line: CommandLine<S>, io: Io): Promise<number>;
}

/** A command whose options are read and checked against its declaration before it runs. */
export function defineCommand<S extends OptionShape>(spec: CommandSpec<S>): Command {
  return {
    name: spec.name,
    summary: spec.summary,
    usage: spec.usage,
    async run(argv, io) {
      if (argv.includes("--help") || argv.includes("-h")) {
        io.out(`用法：${spec.usage}`);
        return 0;
      }
      const parsed = parseCommandLine(argv, spec.options, spec.aliases);
      if (!parsed.ok) {
        io.err(`${parsed.message}\n用法：${spec.usage}`);
        return 2;
      }
      return spec.run(parsed.line, io);
    },
  };
}
