import { GIVEN_NAME_SEEDS, givenNameHash } from "./given-name-hash.js";
import { GIVEN_NAME_BITS, GIVEN_NAME_FILTER } from "./learned/given-names-data.js";

let filter: Uint8Array | null = null;

/**
 * Whether the word is a common given name in English-speaking countries, as a Bloom filter built
 * from the @stdlib first-name lists answers (about one word in two hundred that is none passes).
 * Decoded on first use: most dumps never ask.
 */
export function isGivenName(word: string): boolean {
  filter ??= Uint8Array.from(atob(GIVEN_NAME_FILTER), (c) => c.charCodeAt(0));
  const lower = word.toLowerCase();
  for (const seed of GIVEN_NAME_SEEDS) {
    const b = givenNameHash(lower, seed) % GIVEN_NAME_BITS;
    if (((filter[b >> 3] as number) & (1 << (b & 7))) === 0) return false;
  }
  return true;
}
