import { type CombinerWeights, combinedLogit, INPUTS } from "../beat-combiner.js";

/** One article for the combiner: its inputs per beat (beat-major, INPUTS each), gold and weight. */
export interface CombinerRow {
  inputs: Float64Array;
  label: number;
  weight: number;
}

export interface CombinerFitOptions {
  /** L2 penalty on the per-beat biases and lexicon weights (the shared weights get a hundredth). */
  l2: number;
  iterations: number;
  /** Beats whose bias and own lexicon weight stay 0: too few examples to learn them from. */
  frozen?: Set<number>;
}

/** Shared input weights, and per beat a bias and extra lexicon and one-word weights. */
export type CombinerFit = CombinerWeights;

/** Beat logits of one row under a fit, into `s` when given. */
export function combinerLogits(
  fit: CombinerFit,
  inputs: Float64Array,
  beats: number,
  s = new Float64Array(beats),
): Float64Array {
  for (let c = 0; c < beats; c++) s[c] = combinedLogit(fit, inputs, c);
  return s;
}

/**
 * Fits the combiner, a conditional logit (one softmax over beats, weights shared by beats plus
 * a bias and a lexicon weight per beat), by full-batch Adam on the weighted log-loss. Convex and
 * small (a few dozen numbers): full batch from zeros gives the same fit for the same rows.
 */
export function fitCombiner(
  rows: CombinerRow[],
  beats: number,
  options: CombinerFitOptions,
): CombinerFit {
  const P = INPUTS + 3 * beats;
  const theta = new Float64Array(P);
  // Start from the model alone: its logits already are a fitted combination.
  theta[0] = 1;
  const m = new Float64Array(P);
  const v = new Float64Array(P);
  const grad = new Float64Array(P);
  const fit = (): CombinerFit => ({
    weights: theta.subarray(0, INPUTS),
    bias: theta.subarray(INPUTS, INPUTS + beats),
    lexicon: theta.subarray(INPUTS + beats, INPUTS + 2 * beats),
    single: theta.subarray(INPUTS + 2 * beats),
  });
  const total = rows.reduce((s, r) => s + r.weight, 0) || 1;
  const frozen = options.frozen ?? new Set<number>();
  const [b1, b2, lr, eps] = [0.9, 0.999, 0.05, 1e-8];
  const s = new Float64Array(beats);
  for (let it = 1; it <= options.iterations; it++) {
    grad.fill(0);
    const f = fit();
    for (const r of rows) {
      combinerLogits(f, r.inputs, beats, s);
      let max = Number.NEGATIVE_INFINITY;
      for (let c = 0; c < beats; c++) max = Math.max(max, s[c] ?? 0);
      let z = 0;
      for (let c = 0; c < beats; c++) {
        const e = Math.exp((s[c] ?? 0) - max);
        s[c] = e;
        z += e;
      }
      const w = r.weight / total;
      for (let c = 0; c < beats; c++) {
        const g = w * ((s[c] ?? 0) / z - (c === r.label ? 1 : 0));
        const at = c * INPUTS;
        for (let j = 0; j < INPUTS; j++) grad[j] = (grad[j] ?? 0) + g * (r.inputs[at + j] ?? 0);
        grad[INPUTS + c] = (grad[INPUTS + c] ?? 0) + g;
        grad[INPUTS + beats + c] = (grad[INPUTS + beats + c] ?? 0) + g * (r.inputs[at + 1] ?? 0);
        const sc = INPUTS + 2 * beats + c;
        grad[sc] = (grad[sc] ?? 0) + g * (r.inputs[at + 2] ?? 0);
      }
    }
    for (let p = 0; p < P; p++) {
      const c = p < INPUTS ? -1 : (p - INPUTS) % beats;
      if (c >= 0 && frozen.has(c)) {
        grad[p] = 0;
        continue;
      }
      const l2 = p < INPUTS ? options.l2 / 100 : options.l2;
      // The model's weight is pulled toward 1 (the model as trained), the others toward 0.
      grad[p] = (grad[p] ?? 0) + 2 * l2 * ((theta[p] ?? 0) - (p === 0 ? 1 : 0));
    }
    const step = lr * (1 - it / (options.iterations + 1));
    for (let p = 0; p < P; p++) {
      const g = grad[p] ?? 0;
      m[p] = b1 * (m[p] ?? 0) + (1 - b1) * g;
      v[p] = b2 * (v[p] ?? 0) + (1 - b2) * g * g;
      const mh = (m[p] ?? 0) / (1 - b1 ** it);
      const vh = (v[p] ?? 0) / (1 - b2 ** it);
      // The step shrinks to zero by the last iteration, so the fit settles instead of circling.
      theta[p] = (theta[p] ?? 0) - (step * mh) / (Math.sqrt(vh) + eps);
    }
  }
  const out = fit();
  return {
    weights: Float64Array.from(out.weights),
    bias: Float64Array.from(out.bias),
    lexicon: Float64Array.from(out.lexicon),
    single: Float64Array.from(out.single),
  };
}
