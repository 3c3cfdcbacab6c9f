import { type BeatModel, type BeatScores, shownKey, strongestFeatures } from "../beat-model.js";
import type { TermEvidence } from "../types.js";

/**
 * The words and phrases that pushed class k up, with what each added to its logit, strongest
 * first (at most `limit`), as objects: the form evidenceTerms' numbers are checked against.
 */
export function topFeatures(
  model: BeatModel,
  scores: BeatScores,
  k: number,
  limit: number,
): TermEvidence[] {
  const features: number[] = [];
  const contributions: number[] = [];
  const n = strongestFeatures(model, scores, k, limit, features, contributions);
  const top: TermEvidence[] = [];
  for (let b = 0; b < n; b++) {
    top.push({
      term: shownKey(model.keys[features[b] as number] ?? ""),
      count: 1,
      contribution: contributions[b] as number,
    });
  }
  return top;
}
