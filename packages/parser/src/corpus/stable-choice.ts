/** One setting tried during training, and the score (boundary F1) it reached. */
export type GridPoint = { value: number; score: number };

export type StableChoiceOptions = {
  /** The value to fall back to among near-equals: the setting's default before any training. */
  prefer: number;
  /** Neighbours on each side averaged into a point's score (1: the point and the two beside it). */
  radius?: number;
  /** Smoothed scores this close to the best count as equal. */
  tolerance?: number;
  /**
   * Per point, the standard error of its smoothed score's shortfall from the best's
   * (choice-noise.ts): a point whose shortfall is within it, or within `tolerance`, counts as
   * equal to the best.
   */
  noise?: readonly number[];
};

/**
 * Each point's score averaged with its `radius` neighbours on either side of the grid, in the
 * order given (fewer at the ends, where the grid stops).
 */
export function smoothedScores(points: readonly GridPoint[], radius: number): number[] {
  return points.map((_, i) => {
    const from = Math.max(0, i - radius);
    const to = Math.min(points.length - 1, i + radius);
    let sum = 0;
    for (let j = from; j <= to; j++) sum += (points[j] as GridPoint).score;
    return sum / (to - from + 1);
  });
}

/**
 * The grid value to train with, chosen so that a small change elsewhere does not flip it.
 *
 * Why not the plain argmax: the training F1 curves are flat near their top (adjacent settings
 * differ by a few boundaries in thousands), so which of two neighbours wins is noise, yet the
 * winner moves the held-out figures by about 0.01. Averaging each point with its neighbours
 * favours the middle of a broad plateau over a lone spike, and among the points whose smoothed
 * score is within `tolerance` of the best, the one nearest `prefer` is kept (then the better
 * smoothed score, then the smaller value), so a near-tie resolves the same way every retrain.
 * With `noise`, "within" is the one-standard-error rule (Breiman et al.'s, for choosing the
 * simplest model of a cross-validated curve): the preferred value is left only for one that
 * beats it by more than the chance of which dumps were composed; a fixed tolerance was passed by
 * a margin of 0.0011 on a tie of raw F1, and the choice flipped with a change elsewhere.
 * `points` must be in grid order.
 */
export function stableChoice(points: readonly GridPoint[], options: StableChoiceOptions): number {
  if (points.length === 0)
    throw new Error("stableChoice needs at least one grid point to choose from");
  const { prefer, radius = 1, tolerance = 0.001, noise } = options;
  const smoothed = smoothedScores(points, radius);
  const top = Math.max(...smoothed);
  let chosen = -1;
  for (let i = 0; i < points.length; i++) {
    const within = Math.max(tolerance, noise?.[i] ?? 0);
    if ((smoothed[i] as number) < top - within) continue;
    if (chosen < 0 || closer(i, chosen)) chosen = i;
  }
  return (points[chosen] as GridPoint).value;

  function closer(i: number, j: number): boolean {
    const di = Math.abs((points[i] as GridPoint).value - prefer);
    const dj = Math.abs((points[j] as GridPoint).value - prefer);
    if (di !== dj) return di < dj;
    if (smoothed[i] !== smoothed[j]) return (smoothed[i] as number) > (smoothed[j] as number);
    return (points[i] as GridPoint).value < (points[j] as GridPoint).value;
  }
}
