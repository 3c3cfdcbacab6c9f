import { GIVEN_NAME_BITS, GIVEN_NAME_FILTER } from "./learned/given-names-data.js";

// Must match scripts/build-given-names.mjs.
const SEEDS = [0x811c9dc5, 0x01000193, 0x9e3779b1];

let filter: Uint8Array | null = null;

/**
 * Whether the word is a common given name in English-speaking countries, as a Bloom filter built
 * from the @stdlib first-name lists answers (about one word in two hundred that is none passes).
 * Decoded on first use: most dumps never ask.
 */
export function isGivenName(word: string): boolean {
  filter ??= Uint8Array.from(atob(GIVEN_NAME_FILTER), (c) => c.charCodeAt(0));
  const lower = word.toLowerCase();
  for (const seed of SEEDS) {
    const b = hash(lower, seed) % GIVEN_NAME_BITS;
    if (((filter[b >> 3] as number) & (1 << (b & 7))) === 0) return false;
  }
  return true;
}

function hash(text: string, seed: number): number {
  let h = seed >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  h ^= h >>> 15;
  h = Math.imul(h, 0x2c1b3c6d) >>> 0;
  h ^= h >>> 12;
  return h >>> 0;
}
