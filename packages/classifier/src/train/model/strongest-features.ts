import type { SoftmaxFit, TrainingRow } from "../fit-softmax.js";

/**
 * The `keep` features that matter most: those whose weights differ most from their mean across
 * the K classes (speak most for or against some beat), times the number of training articles
 * that use them ^ `reachPower`. At 0 a word of a dozen articles with a large weight outranks a
 * word of thousands with a moderate one, though the latter decides far more articles.
 */
export function strongestFeatures(
  fit: SoftmaxFit,
  features: number,
  K: number,
  keep: number,
  reach: { rows: TrainingRow[]; power: number } = { rows: [], power: 0 },
): Set<number> {
  const articles = reach.power === 0 ? null : articlesUsing(reach.rows, features);
  const score = new Float64Array(features);
  for (let f = 0; f < features; f++) {
    let mean = 0;
    for (let k = 0; k < K; k++) mean += fit.weights[f * K + k] ?? 0;
    mean /= K;
    let strength = 0;
    for (let k = 0; k < K; k++)
      strength = Math.max(strength, Math.abs((fit.weights[f * K + k] ?? 0) - mean));
    score[f] = articles ? strength * (articles[f] ?? 0) ** reach.power : strength;
  }
  return new Set(
    [...score.keys()].sort((a, b) => (score[b] ?? 0) - (score[a] ?? 0)).slice(0, keep),
  );
}

/** How many rows use each feature. */
function articlesUsing(rows: TrainingRow[], features: number): Float64Array {
  const count = new Float64Array(features);
  for (const row of rows) for (const f of row.index) count[f] = (count[f] ?? 0) + 1;
  return count;
}
