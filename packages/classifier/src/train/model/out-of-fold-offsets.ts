import { type FitOptions, fitSoftmax, type TrainingRow } from "../fit-softmax.js";
import { decisionScore, type ScoredRow, tuneBiases } from "../tune-biases.js";
import type { Doc } from "./article-features.js";
import { strongestFeatures } from "./strongest-features.js";
import { logitsOf } from "./training-rows.js";

const pct = (x: number) => `${(100 * x).toFixed(1)}%`;

/**
 * Per-beat offsets on the primary decision, fitted on out-of-fold scores (issue #14, forty-first
 * pass): three fits on the committed path (every feature, the `keep` strongest, refitted), each
 * without the calibration outlets and one of folds 2-4, score that fold's outlets as unseen;
 * the offsets (politics held at 0) are tuned there on accuracy + macro-F1 and returned with
 * their out-of-fold figures. 12,947 rows of 200+ outlets, where the twenty-fifth pass tuned on
 * one half of the calibration outlets.
 */
export function outOfFoldOffsets(context: {
  docs: Doc[];
  features: number;
  K: number;
  keep: number;
  fitSettings: FitOptions;
  row: (d: Doc, keepFeature?: (f: number) => boolean) => TrainingRow;
  fixed: number[];
  range: number;
}): { offsets: Float64Array; report: string } {
  const { docs, features, K, keep, fitSettings, row } = context;
  const scored: ScoredRow[] = [];
  for (const fold of [2, 3, 4]) {
    const fitted = docs.filter((d) => d.fold !== 1 && d.fold !== fold);
    const full = fitSoftmax(
      fitted.map((d) => row(d)),
      features,
      K,
      fitSettings,
    );
    const kept = strongestFeatures(full, features, K, keep);
    const keptRow = (d: Doc) => row(d, (f) => kept.has(f));
    const fit = fitSoftmax(fitted.map(keptRow), features, K, fitSettings);
    for (const d of docs.filter((x) => x.fold === fold))
      scored.push({ logits: logitsOf(fit, keptRow(d), K), label: d.label });
  }
  const offsets = tuneBiases(scored, K, { fixed: context.fixed, range: context.range });
  const before = decisionScore(scored, new Float64Array(K));
  const after = decisionScore(scored, offsets);
  const report = `out of fold (${scored.length} rows): ${pct(before.accuracy)} / ${pct(before.macroF1)} -> ${pct(after.accuracy)} / ${pct(after.macroF1)} with the offsets (tuned there)`;
  return { offsets, report };
}
