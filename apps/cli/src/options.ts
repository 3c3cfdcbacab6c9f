import { loadDefaultTaxonomy } from "@newsdesk/classifier";
import { DEFAULT_REGION_ORDER, type Frequency } from "@newsdesk/newsletter";
import { OptionError } from "./errors.js";

/** `--frequency daily|weekly`. */
export function parseFrequency(value: string): Frequency {
  if (value === "daily" || value === "weekly") return value;
  throw new OptionError(
    `--frequency ${JSON.stringify(value)} is not a frequency: use daily or weekly`,
  );
}

/** `--dumps 20`, `--concurrency 50`: a whole number from `min` to `max`. */
export function parseWholeNumber(value: string, option: string, min: number, max: number): number {
  const number = Number(value.trim());
  if (value.trim() === "" || !Number.isInteger(number) || number < min || number > max) {
    throw new OptionError(
      `${option} ${JSON.stringify(value)} is not a whole number from ${min} to ${max}: give one such as ${Math.min(max, Math.max(min, 10))}`,
    );
  }
  return number;
}

/** `--regions a,b`: news-desk region ids, each once. */
export function parseRegions(value: string | undefined): string[] {
  return parseList(value, DEFAULT_REGION_ORDER, "--regions", "region");
}

/** `--beats a,b`: the taxonomy's beat ids (sub-beats and a newsroom's own included), each once. */
export function parseBeats(value: string | undefined): string[] {
  if (value === undefined) return [];
  return parseList(
    value,
    loadDefaultTaxonomy().beats.map((beat) => beat.id),
    "--beats",
    "beat",
  );
}

function parseList(
  value: string | undefined,
  known: readonly string[],
  option: string,
  what: string,
): string[] {
  if (value === undefined) return [];
  const ids = value
    .split(",")
    .map((id) => id.trim().toLowerCase())
    .filter(Boolean);
  const unknown = ids.filter((id) => !known.includes(id));
  if (unknown.length > 0) {
    throw new OptionError(
      `${option}: unknown ${what} ${unknown.join(", ")}; use ${known.join(", ")}`,
    );
  }
  return [...new Set(ids)];
}
