import type { SoftmaxFit } from "../fit-softmax.js";
import type { FeatureEmbeddings } from "./embedding-block.js";

/**
 * Each kept feature's weights moved `share` of the way toward the mean weights of its
 * `neighbours` nearest kept features by their unit vectors (cosine), so a word seen in few
 * articles leans as its near synonyms do. Features without a vector keep their weights.
 */
export function smoothTowardNeighbours(
  fit: SoftmaxFit,
  K: number,
  embeddings: FeatureEmbeddings,
  kept: Set<number>,
  options: { neighbours: number; share: number },
): SoftmaxFit {
  const { dimensions, vectors } = embeddings;
  const known = [...kept].filter((f) => vectors[f]).sort((a, b) => a - b);
  const n = known.length;
  const matrix = new Float32Array(n * dimensions);
  known.forEach((f, i) => {
    matrix.set(vectors[f] ?? [], i * dimensions);
  });
  const weights = fit.weights.slice();
  const best = new Int32Array(options.neighbours);
  const bestScore = new Float64Array(options.neighbours);
  for (let i = 0; i < n; i++) {
    best.fill(-1);
    bestScore.fill(Number.NEGATIVE_INFINITY);
    for (let j = 0; j < n; j++) {
      if (j === i) continue;
      let dot = 0;
      for (let d = 0; d < dimensions; d++)
        dot += (matrix[i * dimensions + d] ?? 0) * (matrix[j * dimensions + d] ?? 0);
      const last = options.neighbours - 1;
      if (dot <= (bestScore[last] ?? 0)) continue;
      let at = last;
      while (at > 0 && dot > (bestScore[at - 1] ?? 0)) {
        bestScore[at] = bestScore[at - 1] ?? 0;
        best[at] = best[at - 1] ?? -1;
        at--;
      }
      bestScore[at] = dot;
      best[at] = j;
    }
    const f = known[i] ?? 0;
    for (let k = 0; k < K; k++) {
      let mean = 0;
      let count = 0;
      for (const j of best) {
        if (j < 0) continue;
        mean += fit.weights[(known[j] ?? 0) * K + k] ?? 0;
        count++;
      }
      if (count === 0) continue;
      const own = fit.weights[f * K + k] ?? 0;
      weights[f * K + k] = (1 - options.share) * own + (options.share * mean) / count;
    }
  }
  return { weights, bias: fit.bias };
}
