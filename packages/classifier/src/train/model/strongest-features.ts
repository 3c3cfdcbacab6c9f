import type { SoftmaxFit } from "../fit-softmax.js";

/**
 * The `keep` features whose weights differ most from their mean across the K classes: those that
 * speak most for or against some beat.
 */
export function strongestFeatures(
  fit: SoftmaxFit,
  features: number,
  K: number,
  keep: number,
): Set<number> {
  const strength = new Float64Array(features);
  for (let f = 0; f < features; f++) {
    let mean = 0;
    for (let k = 0; k < K; k++) mean += fit.weights[f * K + k] ?? 0;
    mean /= K;
    for (let k = 0; k < K; k++)
      strength[f] = Math.max(strength[f] ?? 0, Math.abs((fit.weights[f * K + k] ?? 0) - mean));
  }
  return new Set(
    [...strength.keys()].sort((a, b) => (strength[b] ?? 0) - (strength[a] ?? 0)).slice(0, keep),
  );
}
