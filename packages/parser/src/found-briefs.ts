import type { ArticleSpan } from "./article-span.js";
import { bodyParagraphs } from "./content-paragraphs.js";
import { withPriorMean } from "./dump-prior-tuning.js";
import { type SegmentTuning, segmentTuning } from "./segment-tuning.js";
import type { ParagraphFeatures } from "./text-features.js";

/**
 * The found articles' mean body length under which a dump is read as briefs. Above ShortDumps'
 * `maxMean` (6, the bar on the explicit starts' mean): a dump of briefs read as long finds too few
 * of its headless starts for its found mean to fall as low as its stories run (fold 1, fitted
 * without it: 22 of 199 briefs dumps read as long, found means 6-9, true means 3-4; the whole
 * articles' dumps found at 6-7 are a few short outlets'). With two readings, fold 1 briefs F1
 * 0.847 -> 0.853, whole articles the same; 8: 0.850 (docs/tried.md, "Briefs dumps read as long").
 */
export const FOUND_MAX_MEAN = 7;

/**
 * How often a dump that may be read as briefs is segmented to read its story length from the
 * articles found: a dump not read as briefs the first time is segmented again with the prior
 * tilted to the found mean, which finds more of a briefs dump's starts and so a lower mean (fold
 * 1, fitted without it: briefs F1 0.851 -> 0.853; a third reading moved whole articles on fold 4).
 */
export const FOUND_READINGS = 2;

/**
 * A further reading of a dump's story length, from the articles a segmentation found:
 * a dump of briefs pasted mostly without their headlines has few explicit starts, each stretch
 * between them holds several briefs, and its mean as the explicit starts read it
 * (dump-prior-tuning.ts) runs as long as a web article's. For a dump that mayReadAsBriefs (the
 * caller asks first): where the found articles' mean body length is under FOUND_MAX_MEAN, the
 * tuning to segment it again with, as a short dump with its prior tilted to that mean; else
 * undefined. On fold 1's briefs, 118 of the 193 missed headless starts lay in the 59 dumps whose
 * explicit mean read 6 or more (docs/tried.md).
 */
export function briefsByFoundStarts(
  tuning: SegmentTuning,
  features: readonly ParagraphFeatures[],
  spans: readonly ArticleSpan[],
): SegmentTuning | undefined {
  const short = tuning.shortDumps;
  if (short === undefined || spans.length === 0) return undefined;
  const mean = foundMean(features, spans);
  if (mean >= FOUND_MAX_MEAN) return undefined;
  // Decoded as a short dump (withPriorMean) up to the found bar, not only the explicit one, and
  // its gaps read with the short stories' gap model: a dump read as briefs from the articles
  // found is one of briefs (docs/tried.md, "A gap model of its own for short stories, read where").
  const shortUpToBar = {
    ...tuning,
    shortDumps: {
      ...short,
      maxMean: FOUND_MAX_MEAN,
      storiesModel: { ...short.storiesModel, maxMean: FOUND_MAX_MEAN },
    },
  };
  return segmentTuning(withPriorMean(shortUpToBar, mean));
}

/** The articles' mean body length in paragraphs, headlines left out. */
export function foundMean(
  features: readonly ParagraphFeatures[],
  spans: readonly ArticleSpan[],
): number {
  let body = 0;
  for (const span of spans) {
    body += bodyParagraphs(features, span.first, span.last).length;
    if (span.headline !== null) body--;
  }
  return body / spans.length;
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
