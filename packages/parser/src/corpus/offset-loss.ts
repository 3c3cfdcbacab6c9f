/** One gap's row beside the decoder: its calibrated log-odds (the offset) and its label. */
export interface OffsetRow {
  score: number;
  y: number;
}

/**
 * The log loss, in nats, of a logistic fit with each row's `score` as offset: weights `w` (the
 * intercept first, then one per column of `xs`, row by row).
 */
export function offsetLogLoss(
  rows: readonly OffsetRow[],
  w: readonly number[],
  xs: readonly Float64Array[],
): number {
  return rows.reduce((sum, r, n) => {
    let z = r.score + (w[0] as number);
    const x = xs[n] as Float64Array;
    for (let d = 0; d < x.length; d++) z += (w[d + 1] as number) * (x[d] as number);
    const p = 1 / (1 + Math.exp(-z));
    return sum - Math.log(r.y ? Math.max(p, 1e-12) : Math.max(1 - p, 1e-12));
  }, 0);
}
