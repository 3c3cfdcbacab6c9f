/** The mean log loss of scores given as log-odds against labels of 1 and 0. */
export function logLoss(scores: readonly number[], ys: readonly number[]): number {
  let sum = 0;
  scores.forEach((z, n) => {
    // log(1 + e^-z) for a start, log(1 + e^z) for none, without overflow.
    const signed = ys[n] === 1 ? -z : z;
    sum += Math.max(signed, 0) + Math.log1p(Math.exp(-Math.abs(signed)));
  });
  return sum / scores.length;
}
