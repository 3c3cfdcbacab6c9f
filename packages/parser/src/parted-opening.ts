import { ArticleSoFar } from "./article-so-far.js";
import { type ArticleSpan, emptySpan } from "./article-span.js";
import { headAt } from "./head-at.js";
import { lineEcho } from "./head-evidence.js";
import { ECHO_UNDER, prose } from "./headline-above.js";
import type { Paragraph } from "./paragraphs.js";
import type { FeatureTable } from "./text-features.js";

// How far above the weakest gap a headline may stand and still open the parted article. Two
// paragraphs chose as one on folds 2 and 3; a headline below the gap was left out (it took an
// interview's question for the headline of the lede above it in the fixtures' dumps).
export const PARTED_HEAD_REACH = 1;

/**
 * The article that opens where a found article (paragraphs `first` to `last`) is parted at its
 * weakest gap `at` (weak-halves.ts): a story that lost its start in the merge still has its
 * headline. A headline-like line at the gap that heads prose of its own (headAt where an
 * article is known to start) is the article's headline, as at a gap start (segment.ts); so is
 * one up to PARTED_HEAD_REACH paragraphs above the gap whose words come back in the prose under
 * it and nowhere in the prose above it (the pieces' cohesion places the gap only roughly), the
 * article then opening there. Else the article opens headless at the gap.
 */
export function partedOpening(
  paragraphs: readonly Paragraph[],
  table: FeatureTable,
  at: number,
  first: number,
  last: number,
): ArticleSpan {
  for (let p = at; p >= at - PARTED_HEAD_REACH && p > first; p--) {
    if (!table.paragraphs[p]?.headlineLike) continue;
    // Where an article is known to start, headAt reads nothing of the story above.
    const head = headAt(paragraphs, table, p, true, new ArticleSoFar(table));
    if (head === null || head.bodyStart > last) continue;
    if (p < at && !echoesBelowOnly(paragraphs, table, p, head.bodyStart, first, last)) continue;
    return { ...head.span, first: p, last };
  }
  return { ...emptySpan(at), last };
}

/** Whether line p's words come back in the prose from `body` on and not in the prose above p. */
function echoesBelowOnly(
  paragraphs: readonly Paragraph[],
  table: FeatureTable,
  p: number,
  body: number,
  first: number,
  last: number,
): boolean {
  const text = (paragraphs[p] as Paragraph).text;
  if (lineEcho(text, prose(paragraphs, table, body, 1, last)) < ECHO_UNDER) return false;
  return lineEcho(text, prose(paragraphs, table, p - 1, -1, first)) === 0;
}
