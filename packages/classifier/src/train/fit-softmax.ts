/** One training example: a sparse feature vector, its class and how much it counts. */
export interface TrainingRow {
  index: Int32Array;
  value: Float64Array;
  label: number;
  weight: number;
  /** Fixed amounts added to each class's logit before the weights: a prior the fit builds on. */
  offset?: Float64Array;
  /** A distribution over the classes to fit instead of `label` alone (a soft target). */
  target?: Float64Array;
}

export interface FitOptions {
  epochs: number;
  /** AdaGrad's base step. */
  learningRate: number;
  /** L2 penalty, applied to the weights an example touches. */
  l2: number;
  seed: number;
  /** Per feature, a factor on `l2` (none: 1 for every feature). */
  l2Scale?: Float64Array;
}

/** A fitted multinomial logistic regression: feature-major weights and a bias per class. */
export interface SoftmaxFit {
  weights: Float64Array;
  bias: Float64Array;
}

/**
 * Fits a multinomial logistic regression by stochastic gradient descent with AdaGrad steps,
 * visiting the rows in a seeded random order each epoch, so the same data gives the same fit.
 */
export function fitSoftmax(
  rows: TrainingRow[],
  features: number,
  classes: number,
  options: FitOptions,
): SoftmaxFit {
  const K = classes;
  const weights = new Float64Array(features * K);
  const g2 = new Float64Array(features * K);
  const bias = new Float64Array(K);
  const b2 = new Float64Array(K);
  const p = new Float64Array(K);
  const order = rows.map((_, i) => i);
  let state = options.seed >>> 0 || 1;
  const random = () => {
    // xorshift32: a fixed, seedable order.
    state ^= state << 13;
    state >>>= 0;
    state ^= state >>> 17;
    state ^= state << 5;
    state >>>= 0;
    return state / 0x100000000;
  };
  const eps = 1e-8;
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      const t = order[i] as number;
      order[i] = order[j] as number;
      order[j] = t;
    }
    for (const r of order) {
      const row = rows[r] as TrainingRow;
      p.set(bias);
      if (row.offset) for (let k = 0; k < K; k++) p[k] = (p[k] ?? 0) + (row.offset[k] ?? 0);
      for (let i = 0; i < row.index.length; i++) {
        const base = (row.index[i] ?? 0) * K;
        const v = row.value[i] ?? 0;
        for (let k = 0; k < K; k++) p[k] = (p[k] ?? 0) + v * (weights[base + k] ?? 0);
      }
      let max = Number.NEGATIVE_INFINITY;
      for (let k = 0; k < K; k++) max = Math.max(max, p[k] ?? 0);
      let sum = 0;
      for (let k = 0; k < K; k++) {
        const e = Math.exp((p[k] ?? 0) - max);
        p[k] = e;
        sum += e;
      }
      for (let k = 0; k < K; k++) {
        const wanted = row.target ? (row.target[k] ?? 0) : k === row.label ? 1 : 0;
        const g = row.weight * ((p[k] ?? 0) / sum - wanted);
        p[k] = g;
        b2[k] = (b2[k] ?? 0) + g * g;
        bias[k] = (bias[k] ?? 0) - (options.learningRate * g) / (Math.sqrt(b2[k] ?? 0) + eps);
      }
      for (let i = 0; i < row.index.length; i++) {
        const base = (row.index[i] ?? 0) * K;
        const v = row.value[i] ?? 0;
        const l2 = options.l2 * (options.l2Scale?.[row.index[i] ?? 0] ?? 1);
        for (let k = 0; k < K; k++) {
          const at = base + k;
          const w = weights[at] ?? 0;
          const g = (p[k] ?? 0) * v + l2 * w;
          if (g === 0) continue;
          g2[at] = (g2[at] ?? 0) + g * g;
          weights[at] = w - (options.learningRate * g) / (Math.sqrt(g2[at] ?? 0) + eps);
        }
      }
    }
  }
  return { weights, bias };
}
