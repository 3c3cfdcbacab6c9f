import { numberListOption, numberOption } from "../eval/script-options.js";

/** Readers of a script's numeric options: one number, or a comma-separated list for sweeps. */
export function numberOptions<T extends Record<string, string | boolean | undefined>>(
  values: T,
  usage: string,
) {
  return {
    option: (name: keyof T & string, fallback: number) =>
      numberOption(values[name] as string | undefined, name, fallback, usage),
    list: (name: keyof T & string, fallback: number) =>
      numberListOption(values[name] as string | undefined, name, fallback, usage),
  };
}
