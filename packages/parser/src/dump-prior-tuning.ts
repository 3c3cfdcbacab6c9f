import type { Head } from "./article-span.js";
import {
  dumpMeanLength,
  explicitStretches,
  priorMeanLength,
  priorWithMean,
} from "./dump-length-prior.js";
import { LEARNED_LENGTH_PRIOR } from "./learned/decoder-data.js";
import type { SegmentTuning } from "./segment-tuning.js";
import type { ParagraphFeatures } from "./text-features.js";

/**
 * The lines a dump's own article lengths are read from: its first ones, however the dump is cut
 * into pieces (parse-text.ts), so that every piece decodes with the one prior and a piece's
 * starts stay the whole dump's. A one-source dump's first few thousand lines show its stories'
 * length as well as the rest do.
 */
export const LENGTH_SAMPLE_LINES = 4000;

// The corpus's own mean article length, which a dump's estimate is pooled toward.
const CORPUS_MEAN = priorMeanLength(LEARNED_LENGTH_PRIOR);

/**
 * The dump's own mean article length in body paragraphs, from its explicit starts `heads`
 * (dump-length-prior.ts); undefined where the tuning blends in no dump's own lengths.
 */
export function dumpOwnMean(
  tuning: SegmentTuning,
  features: readonly ParagraphFeatures[],
  heads: readonly Head[],
): number | undefined {
  const blend = tuning.dumpLengths;
  if (blend === undefined) return undefined;
  return dumpMeanLength(explicitStretches(features, heads), blend, CORPUS_MEAN);
}

/**
 * The tuning with the decoder's length prior fitted to the dump's own stories, as the explicit
 * starts `heads` of its first LENGTH_SAMPLE_LINES lines show them (dump-length-prior.ts). A
 * tuning whose decoder already has a prior (the dump's, read before its pieces) keeps it.
 * Where the dump's stories run shorter than the corpus's, the decoder's `shortEnd` is dropped:
 * it stands in for the flat prior's want of a length, which the dump's own prior now gives
 * (fold 1, only the blend learned again: briefs' F1 0.789 -> 0.793 with it kept, 0.800 dropped;
 * docs/tried.md). Where they run as short as briefs, short stretches are decoded too (ShortDumps).
 */
export function withDumpPrior(
  tuning: SegmentTuning,
  features: readonly ParagraphFeatures[],
  heads: readonly Head[],
): SegmentTuning {
  const decoder = tuning.decoder;
  if (decoder === undefined || decoder.prior !== undefined) return tuning;
  const mean = dumpOwnMean(tuning, features, heads);
  if (mean === undefined) return tuning;
  return withPriorMean(tuning, mean);
}

/** The tuning's decoder with the learned prior tilted to the dump's own `mean` (withDumpPrior). */
export function withPriorMean(tuning: SegmentTuning, mean: number): SegmentTuning {
  const decoder = tuning.decoder;
  if (decoder === undefined) return tuning;
  const short = tuning.shortDumps;
  const readsShort = short !== undefined && mean < short.maxMean;
  const prior = priorWithMean(LEARNED_LENGTH_PRIOR, mean, readsShort ? short.narrowing : 0);
  if (prior === LEARNED_LENGTH_PRIOR) return { ...tuning, decoder: { ...decoder, prior } };
  // A dump of short stories: its short stretches decoded too, with stories of fewer paragraphs.
  const briefs = readsShort
    ? {
        minStretch: short.minStretch,
        fewest: short.minParagraphs,
        shortStart: { paragraphs: tuning.minParagraphs, logOdds: short.shortStart },
        shortStoryGaps: mean < short.storiesModel.maxMean,
      }
    : {};
  return { ...tuning, decoder: { ...decoder, prior, shortEnd: undefined, ...briefs } };
}
