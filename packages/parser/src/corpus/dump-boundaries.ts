import { parseText } from "../parse-text.js";
import type { SegmentTuning } from "../segment-tuning.js";
import { boundaryScores, type ComposedDump } from "../test-support/compose-dump.js";

/** Boundary precision, recall and F1 over composed dumps parsed with a tuning. */
export function dumpBoundaries(
  dumps: readonly ComposedDump[],
  tuning: SegmentTuning,
): { precision: number; recall: number; f1: number } {
  let hits = 0;
  let predicted = 0;
  let expected = 0;
  for (const dump of dumps) {
    const starts = parseText(dump.text, tuning).articles.map((a) => a.startLine);
    hits += boundaryScores(
      starts,
      dump.truth.map((t) => t.startLine),
    ).hits;
    predicted += starts.length;
    expected += dump.truth.length;
  }
  const precision = hits / Math.max(1, predicted);
  const recall = hits / Math.max(1, expected);
  return { precision, recall, f1: (2 * precision * recall) / Math.max(1e-9, precision + recall) };
}
