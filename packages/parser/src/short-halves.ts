import type { ArticleSpan } from "./article-span.js";
import { LEAST_PIECE } from "./split-halves.js";
import type { FeatureTable } from "./text-features.js";
import { bareOpening, type Opening, partedWhere, weakestGap } from "./weak-halves.js";

/**
 * Paragraphs each side of the weakest gap in a dump of short stories: a brief runs two to five,
 * so a found article of six to fifteen there is most often two or three briefs run together.
 * Chosen on folds 2 and 3 (briefs F1 +0.010 / +0.008 against +0.006 / +0.004 with pieces of
 * four; with pieces of two, precision fell 0.885 -> 0.800 on fold 2 and F1 0.02).
 */
export const SHORT_PIECE = 3;

/**
 * Below this whole-piece cohesion the two pieces are two briefs. Short pieces share little by
 * chance too, so the bar is half `partWeakHalves`'; chosen on folds 2 and 3 over 0.015, 0.025 and
 * 0.03 (docs/tried.md, "Briefs: short found articles parted in dumps of short stories").
 */
export const UNDER_COHESION_SHORT = 0.02;

/**
 * In a dump read as one of short stories (the dump's reading, given to every piece of a large
 * dump: parse-text.ts), each found article too short for `partWeakHalves` (under 2 × LEAST_PIECE
 * paragraphs) with SHORT_PIECE paragraphs or more on both sides of some gap is parted at its
 * weakest gap where that is under UNDER_COHESION_SHORT. In dumps of whole articles such an article
 * is most often one story, and there the rule lost more starts than it found.
 */
export function partShortHalves(
  spans: ArticleSpan[],
  table: FeatureTable,
  opening: Opening = bareOpening,
): ArticleSpan[] {
  return partedWhere(spans, table, opening, (span) => {
    const size = span.last - span.first + 1;
    if (size < 2 * SHORT_PIECE || size >= 2 * LEAST_PIECE) return null;
    const weakest = weakestGap(table, span, SHORT_PIECE);
    return weakest !== null && weakest.cohesion < UNDER_COHESION_SHORT ? weakest.at : null;
  });
}
