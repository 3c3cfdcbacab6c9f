import { ArticleSoFar } from "./article-so-far.js";
import { type ArticleSpan, emptySpan } from "./article-span.js";
import { headAt } from "./head-at.js";
import type { Paragraph } from "./paragraphs.js";
import { holdsInnerStop } from "./sentence-titles.js";
import type { FeatureTable } from "./text-features.js";

/**
 * The span a parting of weak halves opens at `at` (to `last`): under the headline the text shows
 * there, as a start found gap by gap is (headAt where an article is known to start), else
 * headless. Headless alone, a parted start at a story's own title gave the title to the body
 * and a derived headline in its place. A line of two sentences is no title here: the parting
 * found the start from the words alone, and such a line opening a story without its title was
 * a teaser or a standfirst (every one of three on folds 1 and 2, `npm run headline-census`),
 * where the titles the parting opened at held one sentence. Its start is a gap's with no score
 * of its own.
 */
export function partedSpan(
  paragraphs: readonly Paragraph[],
  table: FeatureTable,
  at: number,
  last: number,
): ArticleSpan {
  return {
    ...(headedAt(paragraphs, table, at) ?? emptySpan(at)),
    first: at,
    last,
    start: { kind: "gap", score: 0 },
    // The choice read the article to its end: a piece of a large dump must hold the paragraph
    // past it, or the article may run on and its weakest gap lie elsewhere.
    reach: last - at + 2,
  };
}

/** The span headAt opens at `at` where an article starts, unless its headline holds two sentences. */
function headedAt(
  paragraphs: readonly Paragraph[],
  table: FeatureTable,
  at: number,
): ArticleSpan | null {
  // At an article's boundary headAt reads no story above: a fresh one stands in.
  const span = headAt(paragraphs, table, at, true, new ArticleSoFar(table))?.span;
  const title = span?.headline ?? null;
  if (span === undefined || title === null) return null;
  return holdsInnerStop((paragraphs[title] as Paragraph).text) ? null : span;
}
