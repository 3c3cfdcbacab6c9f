import { ArticleSoFar } from "./article-so-far.js";
import { type ArticleSpan, emptySpan } from "./article-span.js";
import { headAt } from "./head-at.js";
import type { Paragraph } from "./paragraphs.js";
import type { FeatureTable } from "./text-features.js";

/**
 * The span a parting of weak halves opens at `at` (to `last`): under the headline the text shows
 * there, as a start found gap by gap is (headAt where an article is known to start), else
 * headless. Headless alone, a parted start at a story's own title gave the title to the body
 * and a derived headline in its place. Its start is a gap's with no score of its own.
 */
export function partedSpan(
  paragraphs: readonly Paragraph[],
  table: FeatureTable,
  at: number,
  last: number,
): ArticleSpan {
  // At an article's boundary headAt reads no story above: a fresh one stands in.
  const head = headAt(paragraphs, table, at, true, new ArticleSoFar(table));
  return {
    ...(head?.span ?? emptySpan(at)),
    first: at,
    last,
    start: { kind: "gap", score: 0 },
    // The choice read the article to its end: a piece of a large dump must hold the paragraph
    // past it, or the article may run on and its weakest gap lie elsewhere.
    reach: last - at + 2,
  };
}
