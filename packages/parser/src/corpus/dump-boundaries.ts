import { parseText } from "../parse-text.js";
import type { SegmentTuning } from "../segment-tuning.js";
import { boundaryScores, type ComposedDump } from "../test-support/compose-dump.js";

/** One dump's boundary counts: starts found right, starts found, true starts. */
export interface BoundaryCounts {
  hits: number;
  predicted: number;
  expected: number;
}

/** Each composed dump's boundary counts, parsed with a tuning (in the dumps' order). */
export function boundaryCountsPerDump(
  dumps: readonly ComposedDump[],
  tuning: SegmentTuning,
): BoundaryCounts[] {
  return dumps.map((dump) => {
    const starts = parseText(dump.text, tuning).articles.map((a) => a.startLine);
    const expected = dump.truth.map((t) => t.startLine);
    return {
      hits: boundaryScores(starts, expected).hits,
      predicted: starts.length,
      expected: expected.length,
    };
  });
}

/** Boundary precision, recall and F1 of the summed counts. */
export function boundaryF1(counts: readonly BoundaryCounts[]): {
  precision: number;
  recall: number;
  f1: number;
} {
  let hits = 0;
  let predicted = 0;
  let expected = 0;
  for (const c of counts) {
    hits += c.hits;
    predicted += c.predicted;
    expected += c.expected;
  }
  const precision = hits / Math.max(1, predicted);
  const recall = hits / Math.max(1, expected);
  return { precision, recall, f1: (2 * precision * recall) / Math.max(1e-9, precision + recall) };
}

/** Boundary precision, recall and F1 over composed dumps parsed with a tuning. */
export function dumpBoundaries(
  dumps: readonly ComposedDump[],
  tuning: SegmentTuning,
): { precision: number; recall: number; f1: number } {
  return boundaryF1(boundaryCountsPerDump(dumps, tuning));
}
