/** The index of the largest value; the first one on a tie. */
export function argmax(x: ArrayLike<number>): number {
  let best = 0;
  for (let k = 1; k < x.length; k++) if ((x[k] ?? 0) > (x[best] ?? 0)) best = k;
  return best;
}
