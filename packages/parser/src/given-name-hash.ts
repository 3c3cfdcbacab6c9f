/**
 * The given-name Bloom filter's hashes: FNV-1a over the lower-cased name from each seed, then
 * mixed. Shared by the filter's reader (given-names.ts) and its builder
 * (scripts/build-given-names.mjs, which imports the built copy), so the two cannot drift.
 */
export const GIVEN_NAME_SEEDS = [0x811c9dc5, 0x01000193, 0x9e3779b1] as const;

export function givenNameHash(text: string, seed: number): number {
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
