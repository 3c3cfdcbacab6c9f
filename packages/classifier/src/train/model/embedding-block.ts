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
  /** Features outside it speak only through the block: no weight of their own is learned. */
  own: (f: number) => boolean = () => true,
): TrainingRow {
  const { dimensions, vectors } = embeddings;
  const block = new Float64Array(dimensions);
  const index: number[] = [];
  const value: number[] = [];
  for (let i = 0; i < row.index.length; i++) {
    const f = row.index[i] ?? 0;
    if (own(f)) {
      index.push(f);
      value.push(row.value[i] ?? 0);
    }
    const v = vectors[f];
    if (!v) continue;
    const x = (row.value[i] ?? 0) * weight;
    for (let d = 0; d < dimensions; d++) block[d] = (block[d] ?? 0) + x * (v[d] ?? 0);
  }
  for (let d = 0; d < dimensions; d++) {
    index.push(features + d);
    value.push(block[d] ?? 0);
  }
  return { ...row, index: Int32Array.from(index), value: Float64Array.from(value) };
}

/**
 * The `count` features with a word vector that `kept` lacks, used by the most of these rows:
 * kept with the block's weights alone (their own would be the weak ones the pruning dropped).
 */
export function embeddingExtras(
  rows: TrainingRow[],
  embeddings: FeatureEmbeddings,
  kept: Set<number>,
  count: number,
): Set<number> {
  if (count <= 0) return new Set();
  const used = new Map<number, number>();
  for (const row of rows)
    for (const f of row.index)
      if (!kept.has(f) && embeddings.vectors[f]) used.set(f, (used.get(f) ?? 0) + 1);
  const ranked = [...used].sort((a, b) => b[1] - a[1] || a[0] - b[0]);
  return new Set(ranked.slice(0, count).map(([f]) => f));
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
  /** The beats that take the block's evidence; the others' is dropped (no longer exact for them). */
  folds: (k: number) => boolean = () => true,
): SoftmaxFit {
  const { dimensions, vectors } = embeddings;
  const weights = fit.weights.slice(0, features * K);
  for (const f of kept) {
    const v = vectors[f];
    if (!v) continue;
    for (let k = 0; k < K; k++) {
      if (!folds(k)) continue;
      let sum = 0;
      for (let d = 0; d < dimensions; d++)
        sum += (v[d] ?? 0) * (fit.weights[(features + d) * K + k] ?? 0);
      weights[f * K + k] = (weights[f * K + k] ?? 0) + weight * sum;
    }
  }
  return { weights, bias: fit.bias };
}
