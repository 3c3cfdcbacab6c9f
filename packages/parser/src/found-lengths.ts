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

// How far under the median the feature reads: past eight times shorter, alike.
const LOG_REACH = Math.log(8);

/**
 * The whole articles' decoder's length feature (decoder-gap-models.ts): log(piece / median), the
 * piece the body paragraphs from the article's start to the gap, read only under the median
 * (a piece as long or longer reads 0) and down to log 1/8; 0 where the dump's median is unknown
 * (NaN). Read on both sides, the fit raised the odds of a cut in pieces past the median (on its
 * path those hold the boundaries it missed) and fold 1 lost precision (notes-parser-lengthfeat.md).
 */
export function lengthOverMedian(piece: number, median: number): number {
  if (!(median > 0) || piece <= 0) return 0;
  const x = Math.log(piece / median);
  return Math.max(-LOG_REACH, Math.min(0, x));
}

/**
 * The found median of the last dump segmented (segment.ts sets it; NaN where its reading gave
 * none): how the training tools read it for the dumps they compose (corpus/train-decoder.ts).
 */
export const lastFoundMedian = { value: Number.NaN };

/**
 * The interaction the whole articles' decoder reads (trial): the would-be lede's lede-likeness
 * where the piece has run as long as the dump's found median or longer, else 0 (and 0 where the
 * median is unknown): the lede's evidence weighed again in a piece long for its dump.
 */
export function ledeWhereLong(piece: number, median: number, ledeLike: number): number {
  if (!(median > 0) || piece < median) return 0;
  return ledeLike;
}
