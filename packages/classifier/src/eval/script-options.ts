import { parseArgs } from "node:util";

type OptionSpecs = Record<string, { type: "string" | "boolean" }>;

/** What each option was given: a string, `true` for a flag, absent when not passed. */
export type OptionValues<T extends OptionSpecs> = {
  [K in keyof T]?: T[K]["type"] extends "boolean" ? boolean : string;
};

/**
 * A script's command line, read strictly: a misspelt option or a missing value stops the script
 * with its usage instead of being ignored (a training run with a typo would otherwise learn, for
 * minutes, with the default it was meant to change).
 */
export function readScriptOptions<T extends OptionSpecs>(
  usage: string,
  options: T,
  args = process.argv.slice(2),
  allowPositionals = false,
): { values: OptionValues<T>; positionals: string[] } {
  try {
    const parsed = parseArgs({ args, options, strict: true, allowPositionals });
    return { values: parsed.values as OptionValues<T>, positionals: parsed.positionals };
  } catch (error) {
    exitWithUsage((error as Error).message, usage);
  }
}

/** The number an option holds, or `fallback` when it is absent. */
export function numberOption(
  value: string | undefined,
  name: string,
  fallback: number,
  usage: string,
): number {
  if (value === undefined) return fallback;
  const number = Number(value);
  if (value.trim() === "" || !Number.isFinite(number)) {
    exitWithUsage(`--${name} takes a number, not '${value}'`, usage);
  }
  return number;
}

/** A comma-separated list of numbers ("0.1,0.3,1"), or `[fallback]` when absent. */
export function numberListOption(
  value: string | undefined,
  name: string,
  fallback: number,
  usage: string,
): number[] {
  if (value === undefined) return [fallback];
  return value.split(",").map((part) => numberOption(part, name, fallback, usage));
}

/** Stops a script with what was wrong and its usage. */
export function exitWithUsage(message: string, usage: string): never {
  console.error(`${message}\nusage: ${usage}`);
  process.exit(2);
}
