import type { ArticleSpan } from "./article-span.js";
import { bodyParagraphs } from "./content-paragraphs.js";
import { withPriorMean } from "./dump-prior-tuning.js";
import { type SegmentTuning, segmentTuning } from "./segment-tuning.js";
import type { ParagraphFeatures } from "./text-features.js";

/**
 * A second reading of a dump's story length, from the articles the first segmentation found:
 * a dump of briefs pasted mostly without their headlines has few explicit starts, each stretch
 * between them holds several briefs, and its mean as the explicit starts read it
 * (dump-prior-tuning.ts) runs as long as a web article's. For a dump that mayReadAsBriefs
 * (the caller asks first): where the found articles' mean body length is under ShortDumps'
 * `maxMean`, the tuning to segment it again with, as a short dump with its prior tilted to that
 * mean; else undefined. On fold 1's briefs, 118 of the 193 missed headless starts lay in the 59
 * dumps whose explicit mean read 6 or more (README).
 */
export function briefsByFoundStarts(
  tuning: SegmentTuning,
  features: readonly ParagraphFeatures[],
  spans: readonly ArticleSpan[],
): SegmentTuning | undefined {
  const short = tuning.shortDumps;
  if (short === undefined || spans.length === 0) return undefined;
  let body = 0;
  for (const span of spans) {
    body += bodyParagraphs(features, span.first, span.last).length;
    if (span.headline !== null) body--;
  }
  const mean = body / spans.length;
  return mean < short.maxMean ? segmentTuning(withPriorMean(tuning, mean)) : undefined;
}

/**
 * Whether a dump segmented with `decoding` may yet be read as briefs from the articles found
 * (briefsByFoundStarts): not where its explicit starts read it as short already (withDumpPrior),
 * nor where the decoder came with a prior (a piece of a large dump) or there is no decoder.
 */
export function mayReadAsBriefs(tuning: SegmentTuning, decoding: SegmentTuning): boolean {
  const short = tuning.shortDumps;
  if (short === undefined || tuning.decoder === undefined || tuning.decoder.prior !== undefined)
    return false;
  return decoding.decoder?.fewest !== short.minParagraphs;
}
