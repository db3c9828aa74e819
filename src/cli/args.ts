/** Parsed command line: positional arguments and --name value / --flag options. */
export interface Args {
  positional: string[];
  options: Map<string, string | true>;
}

/** Options that take a value; every other --option is a flag. */
const VALUED = new Set([
  "format",
  "lang",
  "prior",
  "o",
  "output",
  "template",
  "jobs",
  "unit",
  "year",
  "required",
]);

export function parseArgs(argv: readonly string[]): Args {
  const positional: string[] = [];
  const options = new Map<string, string | true>();
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const m = /^--?([\w-]+)(?:=(.*))?$/.exec(a);
    if (!m) {
      positional.push(a);
      continue;
    }
    const name = m[1];
    if (m[2] !== undefined) options.set(name, m[2]);
    else if (VALUED.has(name) && i + 1 < argv.length) options.set(name, argv[++i]);
    else options.set(name, true);
  }
  return { positional, options };
}

export function option(args: Args, ...names: string[]): string | undefined {
  for (const n of names) {
    const v = args.options.get(n);
    if (typeof v === "string") return v;
  }
  return undefined;
}

/** `--year`: a four-digit year (「2025」「2025年度」 also do); undefined when not given. */
export function yearOption(args: Args): number | undefined | Error {
  const text = option(args, "year");
  if (text === undefined) return undefined;
  const m = /^\s*((?:19|20)\d{2})\s*年?度?\s*$/.exec(text);
  return m ? Number(m[1]) : new Error(`--year 应为四位年份（如 2025），收到的是「${text}」`);
}
