import type { ArticleSpan } from "./article-span.js";
import { bodyParagraphs } from "./content-paragraphs.js";
import type { ParagraphFeatures } from "./text-features.js";

/**
 * A dump's typical story length as the first reading's articles give it (segment.ts): their
 * median body length, headlines left out, the better runtime estimate of the dump's true median
 * (docs/tried.md, "A dump's typical story length read from the articles found"). NaN where fewer
 * than FEWEST_FOUND articles were found.
 */
export function foundMedian(
  features: readonly ParagraphFeatures[],
  spans: readonly ArticleSpan[],
): number {
  if (spans.length < FEWEST_FOUND) return Number.NaN;
  const lengths = spans.map((span) => {
    const body = bodyParagraphs(features, span.first, span.last).length;
    return span.headline !== null ? body - 1 : body;
  });
  lengths.sort((a, b) => a - b);
  const mid = lengths.length >> 1;
  const median =
    lengths.length % 2 === 1
      ? (lengths[mid] as number)
      : ((lengths[mid - 1] as number) + (lengths[mid] as number)) / 2;
  return Math.max(1, median);
}

const FEWEST_FOUND = 3;

// How far the ratio reads on each side: past eight times shorter or longer, alike.
const LOG_REACH = Math.log(8);

/**
 * log(piece / median), the piece the body paragraphs from the article's start to the gap,
 * clamped to log 1/8 .. log 8; NaN where the dump's median is unknown.
 */
export function lengthOverMedian(piece: number, median: number): number {
  if (!(median > 0) || piece <= 0) return Number.NaN;
  const x = Math.log(piece / median);
  return Math.max(-LOG_REACH, Math.min(LOG_REACH, x));
}

/**
 * Which of the bins `edges` (ascending log ratios) a piece's lengthOverMedian falls in: 0 under
 * the first edge, edges.length at or past the last; -1 where the ratio is unknown (NaN).
 */
export function lengthBin(logRatio: number, edges: readonly number[]): number {
  if (Number.isNaN(logRatio)) return -1;
  let bin = 0;
  while (bin < edges.length && logRatio >= (edges[bin] as number)) bin++;
  return bin;
}

/**
 * The found median of the last dump segmented (segment.ts sets it; NaN where its reading gave
 * none): how the training tools read it for the dumps they compose (corpus/train-decoder.ts).
 */
export const lastFoundMedian = { value: Number.NaN };
