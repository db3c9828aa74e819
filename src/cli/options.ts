import { z } from "zod";
import { toLang } from "../core/messages/render";

/**
 * Options of the commands, declared per command as zod schemas of the text given after `--name`. A misspelled
 * option, a missing value or a bad one stops the command with the reason and the usage line (exit 2): a clerk's
 * `--jobs abc` or `--formt json` must not run a different check than the one asked for.
 */

/** Each option's schema reads the text after `--name` (undefined when the option is not given). */
export type OptionShape = Record<string, z.ZodType<unknown, string | undefined>>;

export type ParsedOptions<S extends OptionShape> = { [K in keyof S]: z.output<S[K]> };

export interface CommandLine<S extends OptionShape> {
  positional: string[];
  options: ParsedOptions<S>;
}

/** A file or a name: any text, but not nothing. */
export const textValue = z.string().min(1, "后面缺少取值").optional();

/** `--format`: one of the names, the first by default. */
export function oneOf<const T extends readonly [string, ...string[]]>(names: T) {
  const list = names.length === 2 ? names.join(" 或 ") : names.join("、");
  return z.enum(names, { error: `只能是 ${list}` }).default(names[0]);
}

export const lang = z
  .string()
  .regex(/^(zh|en)(-[a-z]{2})?$/i, "只能是 zh-CN 或 en-US")
  .optional()
  .transform((v) => toLang(v));

export const jobs = z
  .string()
  .regex(/^[1-9]\d*$/, "应为正整数（同时检查的线程数）")
  .transform(Number)
  .optional();

/** `--year`: a four-digit year (「2025」「2025年度」 also do). */
export const year = z
  .string()
  .regex(/^\s*(?:19|20)\d{2}\s*年?度?\s*$/, "应为四位年份（如 2025）")
  .transform((t) => Number(/\d{4}/.exec(t)![0]))
  .optional();

export type OptionsResult<S extends OptionShape> =
  { ok: true; line: CommandLine<S> } | { ok: false; message: string };

/** Reads `--name value`, `--name=value` and the short aliases (`-o`) of a command's declared options. */
export function parseCommandLine<S extends OptionShape>(
  argv: readonly string[],
  shape: S,
  aliases: Readonly<Record<string, keyof S & string>> = {},
): OptionsResult<S> {
  const positional: string[] = [];
  const given: Record<string, string> = {};
  for (let i = 0; i < argv.length; i++) {
    const m = /^--?([A-Za-z][\w-]*)(?:=(.*))?$/.exec(argv[i]);
    if (!m) {
      positional.push(argv[i]);
      continue;
    }
    const name = aliases[m[1]] ?? m[1];
    if (!Object.prototype.hasOwnProperty.call(shape, name))
      return { ok: false, message: `未知选项「${argv[i]}」。` };
    let value = m[2];
    if (value === undefined) {
      const next = argv[i + 1];
      if (next === undefined || /^--?[A-Za-z]/.test(next))
        return { ok: false, message: `--${name} 后面缺少取值。` };
      value = next;
      i++;
    }
    given[name] = value;
  }
  const parsed = z.object(shape).safeParse(given);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const name = String(issue.path[0]);
    return { ok: false, message: `--${name} ${issue.message}，收到的是「${given[name]}」。` };
  }
  return { ok: true, line: { positional, options: parsed.data as ParsedOptions<S> } };
}
