/** Logits of one article the model never trained on, with its gold class. */
export interface ScoredRow {
  logits: ArrayLike<number>;
  label: number;
}

/**
 * Accuracy plus macro-F1 (over classes with at least `minSupport` rows, as `npm run eval`
 * counts it) of the argmax of logits + offsets.
 */
export function decisionScore(
  rows: ScoredRow[],
  offsets: ArrayLike<number>,
  minSupport = 30,
): { accuracy: number; macroF1: number } {
  const K = offsets.length;
  const tp = new Float64Array(K);
  const predicted = new Float64Array(K);
  const support = new Float64Array(K);
  let right = 0;
  for (const r of rows) {
    let best = 0;
    let bestValue = Number.NEGATIVE_INFINITY;
    for (let k = 0; k < K; k++) {
      const v = (r.logits[k] ?? 0) + (offsets[k] ?? 0);
      if (v > bestValue) {
        bestValue = v;
        best = k;
      }
    }
    support[r.label] = (support[r.label] ?? 0) + 1;
    predicted[best] = (predicted[best] ?? 0) + 1;
    if (best === r.label) {
      right++;
      tp[best] = (tp[best] ?? 0) + 1;
    }
  }
  let f1Sum = 0;
  let counted = 0;
  for (let k = 0; k < K; k++) {
    if ((support[k] ?? 0) < minSupport) continue;
    const t = tp[k] ?? 0;
    f1Sum += t > 0 ? (2 * t) / ((predicted[k] ?? 0) + (support[k] ?? 0)) : 0;
    counted++;
  }
  return { accuracy: right / Math.max(1, rows.length), macroF1: counted ? f1Sum / counted : 0 };
}

/**
 * Per-class amounts added to the logits before the primary beat is picked: thresholds for the
 * decision, found by coordinate ascent on accuracy + macro-F1 over rows the model never trained
 * on. Only classes with at least `minSupport` rows move; steps are bounded by `range`.
 */
export function tuneBiases(
  rows: ScoredRow[],
  classes: number,
  options: {
    minSupport?: number;
    range?: number;
    step?: number;
    rounds?: number;
    /** Classes whose offset stays 0. */
    fixed?: readonly number[];
  } = {},
): Float64Array {
  const { minSupport = 10, range = 1.5, step = 0.1, rounds = 3, fixed = [] } = options;
  const offsets = new Float64Array(classes);
  const support = new Float64Array(classes);
  for (const r of rows) support[r.label] = (support[r.label] ?? 0) + 1;
  const objective = () => {
    const s = decisionScore(rows, offsets);
    return s.accuracy + s.macroF1;
  };
  let best = objective();
  for (let round = 0; round < rounds; round++) {
    for (let k = 0; k < classes; k++) {
      if ((support[k] ?? 0) < minSupport || fixed.includes(k)) continue;
      const start = offsets[k] ?? 0;
      let bestAt = start;
      for (let d = -range; d <= range + 1e-9; d += step) {
        offsets[k] = Math.round(d * 100) / 100;
        const s = objective();
        const gain = s > best + 1e-12;
        // A tie keeps the smaller move: no change without a gain.
        const smaller = s >= best - 1e-12 && Math.abs(offsets[k] ?? 0) < Math.abs(bestAt);
        if (gain || smaller) {
          best = Math.max(best, s);
          bestAt = offsets[k] ?? 0;
        }
      }
      offsets[k] = bestAt;
    }
  }
  return offsets;
}
