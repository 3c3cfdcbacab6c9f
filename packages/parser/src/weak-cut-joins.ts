import type { ArticleSpan } from "./article-span.js";
import { joinedWhere, pieceCohesion, pieceSizes } from "./split-halves.js";
import type { FeatureTable } from "./text-features.js";

/**
 * A decoded cut inside a long story: the decoder's calibrated log-odds under `score`, both pieces
 * of `least` paragraphs or more, the paragraph under the cut reading as a lede under `lede` (the
 * lede model's likeness), and the two pieces holding together `overLevel` or more past the dump's
 * level. Chosen on folds 2 and 3 (notes: "Decoded cuts inside long stories joined back").
 */
export const WEAK_CUT = {
  least: 8,
  score: Number(process.env.WC_SCORE ?? 0.5),
  lede: Number(process.env.WC_LEDE ?? 0.5),
  overLevel: Number(process.env.WC_REL ?? 0.02),
} as const;

/**
 * The decoder's weak cuts left inside a long story after the other joins: a decoded start
 * (`reach` set, a gap score of its own) that the gap barely passed, between two long pieces,
 * whose first paragraph does not open the way a lede does, where the pieces share their names and
 * words (`pieceCohesion`) past the dump's level (`level`, the joins', asked only where a start
 * could be joined). The start is dropped and the two spans are one. A dump with no explicit start
 * past its first has no level: nothing moves.
 */
export function joinWeakCuts(
  spans: ArticleSpan[],
  table: FeatureTable,
  level: () => number,
): ArticleSpan[] {
  return joinedWhere(spans, (above, span) => {
    if (!isWeakCut(above, span) || table.lexical(span.first).ledeLike >= WEAK_CUT.lede)
      return false;
    const dump = level();
    return (
      dump !== Number.NEGATIVE_INFINITY &&
      pieceCohesion(table, above, span) >= dump + WEAK_CUT.overLevel
    );
  });
}

/** A decoded start under the bar between two long pieces (the parting's starts score 0). */
function isWeakCut(above: ArticleSpan, span: ArticleSpan): boolean {
  const start = span.start;
  return (
    start?.kind === "gap" &&
    span.reach !== undefined &&
    start.score !== 0 &&
    start.score < WEAK_CUT.score &&
    pieceSizes(above, span).shorter >= WEAK_CUT.least
  );
}
