import { describe, expect, it } from "vitest";
import { priorLengthenedTo, priorMeanLength } from "./dump-length-prior.js";
import { foundTypical, type LongDumps, longDumpTuning } from "./found-lengths.js";
import { type LengthPrior, logLengthPrior } from "./segment-decoder.js";
import { DEFAULT_TUNING, segmentTuning } from "./segment-tuning.js";

// A prior flat to 12 paragraphs, then falling, as the learned one is shaped.
const PRIOR: LengthPrior = {
  baseLogOdds: -3.7,
  logTail: Math.log(0.9),
  logLength: [
    Number.NEGATIVE_INFINITY,
    ...Array.from({ length: 40 }, (_, i) => Math.log(0.04) - Math.max(0, i + 1 - 12) * 0.1),
  ],
};

const LONG: LongDumps = {
  minMedian: 14,
  share: 0.5,
  lengthen: 0,
  overTilted: false,
  statistic: 0,
  fewest: 3,
};

describe("a dump's story length read from the articles found", () => {
  it("takes the median, the mean or the lower quartile of the found lengths", () => {
    const lengths = [2, 20, 22, 24, 40];
    expect(foundTypical(lengths, 0)).toBe(22);
    expect(foundTypical([2, 20, 24, 40], 0)).toBe(22);
    expect(foundTypical(lengths, 1)).toBe(21.6);
    expect(foundTypical(lengths, 2)).toBe(20);
    expect(foundTypical([], 0)).toBe(0);
  });

  it("holds short stories to a share of a long dump's median", () => {
    const tuning = segmentTuning({ ...DEFAULT_TUNING, longDumps: LONG });
    const read = longDumpTuning(tuning, tuning, [3, 24, 26, 30, 40]);
    expect(read.decoder?.shortEnd?.paragraphs).toBe(13);
    // Never shorter than the decoder's own short end.
    const third = segmentTuning({ ...DEFAULT_TUNING, longDumps: { ...LONG, share: 0.3 } });
    const short = longDumpTuning(third, third, [14, 14, 15]);
    expect(short.decoder?.shortEnd?.paragraphs).toBe(6);
  });

  it("keeps the decoding of a dump of short stories, of too few articles, or without the knob", () => {
    const tuning = segmentTuning({ ...DEFAULT_TUNING, longDumps: LONG });
    expect(longDumpTuning(tuning, tuning, [5, 6, 8, 9, 30])).toBe(tuning);
    expect(longDumpTuning(tuning, tuning, [30, 40])).toBe(tuning);
    expect(longDumpTuning(DEFAULT_TUNING, DEFAULT_TUNING, [30, 40, 50])).toBe(DEFAULT_TUNING);
  });

  it("lengthened, the prior has the mean asked for and makes short runs less likely", () => {
    expect(priorLengthenedTo(PRIOR, 5)).toBe(PRIOR);
    const long = priorLengthenedTo(PRIOR, 20);
    expect(priorMeanLength(long)).toBeCloseTo(20, 3);
    const odds = (p: LengthPrior) => logLengthPrior(p, 20) - logLengthPrior(p, 3);
    expect(odds(long)).toBeGreaterThan(odds(PRIOR) + 0.5);
  });
});
