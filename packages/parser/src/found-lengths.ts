import type { ArticleSpan } from "./article-span.js";
import { bodyParagraphs } from "./content-paragraphs.js";
import { priorLengthenedTo } from "./dump-length-prior.js";
import { withPriorMean } from "./dump-prior-tuning.js";
import { LEARNED_LENGTH_PRIOR } from "./learned/decoder-data.js";
import { type SegmentTuning, segmentTuning } from "./segment-tuning.js";
import type { ParagraphFeatures } from "./text-features.js";

/**
 * A dump of long stories read from the articles a first segmentation found (segment.ts): their
 * median body length is the dump's typical story length, robust to the few short pieces a false
 * cut or a true short story makes, where the explicit starts' mean counts the headless stories
 * each stretch holds. Where it is `minMedian` or more, a story shorter than `share` of it (and
 * at least the decoder's own `shortEnd.paragraphs`) pays the short end's penalty at a weak end
 * or start, and with `lengthen` the prior is tilted toward longer stories up to that share of
 * the median.
 */
export interface LongDumps {
  minMedian: number;
  share: number;
  /** Tilt the prior's mean up to `lengthen` x the found median (0: the prior kept). */
  lengthen: number;
  /** Also where the explicit starts tilted the prior shorter (and dropped shortEnd). */
  overTilted: boolean;
  /** Which statistic of the found lengths: 0 median, 1 mean, 2 lower quartile. */
  statistic: number;
  /** Fewest found articles for the reading to be trusted. */
  fewest: number;
  /** Read from the whole articles' reading (one segmentation more) rather than the first. */
  fromLast?: boolean;
  /**
   * The prior tilted to `replace` x the found statistic (shorter only, as withPriorMean does) in
   * place of the explicit starts' estimate, from `minMean` up: 0 keeps the explicit one.
   */
  replace?: number;
  minMean?: number;
}

/** Body lengths of the found articles, headlines left out, ascending. */
export function foundLengths(
  features: readonly ParagraphFeatures[],
  spans: readonly ArticleSpan[],
): number[] {
  const lengths: number[] = [];
  for (const span of spans) {
    let body = bodyParagraphs(features, span.first, span.last).length;
    if (span.headline !== null) body--;
    lengths.push(Math.max(0, body));
  }
  return lengths.sort((a, b) => a - b);
}

/** The found lengths' statistic (LongDumps.statistic). */
export function foundTypical(lengths: readonly number[], statistic: number): number {
  const n = lengths.length;
  if (n === 0) return 0;
  if (statistic === 1) return lengths.reduce((s, v) => s + v, 0) / n;
  const at = statistic === 2 ? (n - 1) / 4 : (n - 1) / 2;
  const lo = Math.floor(at);
  const hi = Math.ceil(at);
  return ((lengths[lo] as number) + (lengths[hi] as number)) / 2;
}

/**
 * The tuning of a dump's last reading, where the articles `spans` its first reading found show
 * it one of long stories (LongDumps); else `decoding` as it is.
 */
export function longDumpReading(
  tuning: SegmentTuning,
  decoding: SegmentTuning,
  features: readonly ParagraphFeatures[],
  spans: readonly ArticleSpan[],
): SegmentTuning {
  if (tuning.longDumps === undefined) return decoding;
  return longDumpTuning(tuning, decoding, foundLengths(features, spans));
}

/** longDumpReading from the found articles' body lengths, ascending. */
export function longDumpTuning(
  tuning: SegmentTuning,
  decoding: SegmentTuning,
  lengths: readonly number[],
): SegmentTuning {
  const long = tuning.longDumps;
  const decoder = decoding.decoder;
  const shortEnd = tuning.decoder?.shortEnd;
  if (long === undefined || decoder === undefined || shortEnd === undefined) return decoding;
  if (lengths.length < long.fewest) return decoding;
  const replace = long.replace ?? 0;
  if (replace > 0) {
    const mean = replace * foundTypical(lengths, long.statistic);
    if (mean < (long.minMean ?? 7)) return decoding;
    const read = withPriorMean(tuning, mean);
    if (read.decoder?.shortEnd === undefined || long.share === 0) return segmentTuning(read);
    return longDumpTuning({ ...tuning, longDumps: { ...long, replace: 0 } }, read, lengths);
  }
  // Where the explicit starts tilted the prior shorter, shortEnd was dropped (withPriorMean).
  if (decoder.shortEnd === undefined && !long.overTilted) return decoding;
  const typical = foundTypical(lengths, long.statistic);
  if (typical < long.minMedian) return decoding;
  const paragraphs = Math.max(shortEnd.paragraphs, Math.round(long.share * typical));
  const prior =
    long.lengthen > 0
      ? priorLengthenedTo(LEARNED_LENGTH_PRIOR, long.lengthen * typical)
      : LEARNED_LENGTH_PRIOR;
  return segmentTuning({
    ...decoding,
    decoder: { ...decoder, prior, shortEnd: { ...shortEnd, paragraphs } },
  });
}
