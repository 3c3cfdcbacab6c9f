import type { SoftmaxFit, TrainingRow } from "../fit-softmax.js";

/** Per feature, its unit word vector or null (model/word-embeddings.ts). */
export interface FeatureEmbeddings {
  dimensions: number;
  vectors: (Float64Array | null)[];
}

/**
 * A row with the embedding block appended: features `features .. features + dimensions - 1`
 * hold the article's length-scaled sum of its features' vectors, each weighted by the feature's
 * own value times `weight`. Linear in the feature values, so a fit over the block folds exactly
 * into per-feature weights (foldEmbeddingBlock) and the runtime reads no vectors.
 */
export function withEmbeddingBlock(
  row: TrainingRow,
  features: number,
  embeddings: FeatureEmbeddings,
  weight: number,
): TrainingRow {
  const { dimensions, vectors } = embeddings;
  const block = new Float64Array(dimensions);
  for (let i = 0; i < row.index.length; i++) {
    const v = vectors[row.index[i] ?? 0];
    if (!v) continue;
    const x = (row.value[i] ?? 0) * weight;
    for (let d = 0; d < dimensions; d++) block[d] = (block[d] ?? 0) + x * (v[d] ?? 0);
  }
  const index = new Int32Array(row.index.length + dimensions);
  const value = new Float64Array(row.value.length + dimensions);
  index.set(row.index);
  value.set(row.value);
  for (let d = 0; d < dimensions; d++) {
    index[row.index.length + d] = features + d;
    value[row.value.length + d] = block[d] ?? 0;
  }
  return { ...row, index, value };
}

/**
 * A fit over `features` plus the embedding block, as a fit over the features alone: each kept
 * feature's weight for a beat gains `weight` times its vector dotted with the block's weights
 * for that beat. The same logits for every row whose features are all in `kept`.
 */
export function foldEmbeddingBlock(
  fit: SoftmaxFit,
  features: number,
  K: number,
  embeddings: FeatureEmbeddings,
  weight: number,
  kept: Set<number>,
): SoftmaxFit {
  const { dimensions, vectors } = embeddings;
  const weights = fit.weights.slice(0, features * K);
  for (const f of kept) {
    const v = vectors[f];
    if (!v) continue;
    for (let k = 0; k < K; k++) {
      let sum = 0;
      for (let d = 0; d < dimensions; d++)
        sum += (v[d] ?? 0) * (fit.weights[(features + d) * K + k] ?? 0);
      weights[f * K + k] = (weights[f * K + k] ?? 0) + weight * sum;
    }
  }
  return { weights, bias: fit.bias };
}
