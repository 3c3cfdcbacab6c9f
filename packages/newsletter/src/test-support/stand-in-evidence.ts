import type { PrimaryEvidence } from "../types.js";

/**
 * Evidence of a realistic length for made-up articles (the classifier is not run here): the
 * two longest words of `text` for the beat and up to two `places` for the region, so that
 * size tests and the bench measure every card with its "why" line, on the long side.
 */
export function standInEvidence(text: string, places: readonly string[]): PrimaryEvidence {
  const words = [...new Set(text.toLowerCase().match(/\p{L}+/gu) ?? [])];
  return {
    beat: words.sort((a, b) => b.length - a.length || a.localeCompare(b)).slice(0, 2),
    region: places.slice(0, 2),
  };
}
