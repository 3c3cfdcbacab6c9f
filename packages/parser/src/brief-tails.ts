import type { ArticleSpan } from "./article-span.js";
import { SHORT_PIECE } from "./short-halves.js";
import { LEAST_PIECE } from "./split-halves.js";
import type { FeatureTable } from "./text-features.js";
import { bareOpening, type Opening, partedWhere, weakestGap } from "./weak-halves.js";

/**
 * A brief of two paragraphs run onto the story above: the found article's last BRIEF_TAIL
 * paragraphs. The short parting's pieces of two anywhere lost precision (0.885 -> 0.800 on fold
 * 2); at the article's end, under SHORT_PIECE paragraphs or more, the weakest gap was a true start
 * in about two cases in three on folds 2 and 3 (a headline and one paragraph above it mostly not).
 */
export const BRIEF_TAIL = 2;

/**
 * Below this cohesion the tail is another brief: half the short parting's bar, as two paragraphs
 * share less by chance than three. Chosen on folds 2 and 3 over 0.02 and 0.03 (briefs F1 +0.0052
 * / +0.0027 at 0.01, +0.0026 / +0.0038 at 0.02, +0.0005 / +0.0026 at 0.03, where the fixtures'
 * dumps fell to 0.988).
 */
export const UNDER_COHESION_TAIL = 0.01;

/**
 * In a dump read as one of short stories, each found article too short for `partWeakHalves`
 * whose weakest gap with BRIEF_TAIL paragraphs or more each side leaves exactly BRIEF_TAIL below
 * it and SHORT_PIECE or more above, under UNDER_COHESION_TAIL, is parted there: the decoder
 * keeps stories of two only at a confident gap (`shortStart`), and `partShortHalves` needs three
 * a side.
 */
export function partBriefTails(
  spans: ArticleSpan[],
  table: FeatureTable,
  opening: Opening = bareOpening,
): ArticleSpan[] {
  return partedWhere(spans, table.paragraphs, opening, (span) => {
    const size = span.last - span.first + 1;
    if (size < SHORT_PIECE + BRIEF_TAIL || size >= 2 * LEAST_PIECE) return null;
    const weakest = weakestGap(table, span, BRIEF_TAIL);
    if (weakest === null || weakest.cohesion >= UNDER_COHESION_TAIL) return null;
    return span.last - weakest.at + 1 === BRIEF_TAIL ? weakest.at : null;
  });
}
