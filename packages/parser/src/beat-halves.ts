import type { ArticleSpan } from "./article-span.js";
import { articleBeatWeights } from "./beat-weights.js";
import { PieceTerms } from "./piece-terms.js";
import { LEAST_PIECE, PIECE_PARAGRAPHS } from "./split-halves.js";
import type { FeatureTable } from "./text-features.js";
import { bareOpening, type Opening, partedWhere, WIDE_PIECE, weakestGap } from "./weak-halves.js";

/**
 * Below this cohesion of two pieces of WIDE_PIECE paragraphs or more, their words weighed with
 * the dump's beat discounted (`articleBeatWeights`), a found article is two stories of one beat. Read
 * off folds 2 and 3 (`corpus/cast-halves.ts`, after main's parting): there the weakest such gap
 * under it was within two paragraphs of a missed start in 17 of 20 and 7 of 10 articles.
 */
export const UNDER_BEAT_COHESION = 0.04;

/**
 * Each found article is searched, as `partWeakHalves` does (pieces of LEAST_PIECE or more), for
 * the gap whose two pieces (up to PIECE_PARAGRAPHS each) hold together least once the words the
 * dump's stories all share are weighed down, and parted there where both pieces hold WIDE_PIECE
 * paragraphs or more and that cohesion is under UNDER_BEAT_COHESION: stories of one outlet's beat
 * that share their vocabulary, which the parting by corpus idf leaves whole. Where the weakest gap
 * lies near an end (a piece of eight to eleven) nothing is parted: searched only from twelve in,
 * fold 3's articles were parted near no missed start 16 times in 25. A headless start found from
 * the text, with no score.
 */
export function partBeatHalves(
  spans: ArticleSpan[],
  table: FeatureTable,
  opening: Opening = bareOpening,
): ArticleSpan[] {
  const isLong = (s: ArticleSpan) => s.last - s.first + 1 >= 2 * WIDE_PIECE;
  if (!spans.some(isLong)) return spans;
  const weights = articleBeatWeights(
    table,
    spans.filter((s) => s.last - s.first + 1 >= 2 * LEAST_PIECE),
  );
  return partedWhere(spans, table, opening, (span) => {
    if (!isLong(span)) return null;
    const weakest = weakestGap(table, span, LEAST_PIECE, weights);
    return weakest !== null &&
      Math.min(weakest.at - span.first, span.last - weakest.at + 1) >= WIDE_PIECE &&
      weakest.cohesion < UNDER_BEAT_COHESION
      ? weakest.at
      : null;
  });
}

/** The cohesion under `weights` of the pieces of `span` either side of paragraph `at` (counting tools). */
export function beatCohesionAt(
  table: FeatureTable,
  weights: ReadonlyMap<number, number>,
  span: ArticleSpan,
  at: number,
): number {
  const pieces = new PieceTerms(table, span.first, span.last, weights);
  for (let p = Math.max(span.first, at - PIECE_PARAGRAPHS); p < at; p++) pieces.above(p, 1);
  for (let p = at; p <= Math.min(span.last, at + PIECE_PARAGRAPHS - 1); p++) pieces.below(p, 1);
  return pieces.cohesion();
}
