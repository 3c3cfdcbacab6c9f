/**
 * The soft target a pruned model is refitted to (--distill): the label's one-hot mixed with the
 * full-vocabulary fit's probabilities for the same article (at `temperature`), so the features the
 * pruning drops still pass on which beats an article leans to. share 0 gives the label alone.
 */
export function distilledTarget(
  teacherLogits: ArrayLike<number>,
  label: number,
  share: number,
  temperature = 1,
): Float64Array {
  const K = teacherLogits.length;
  let max = Number.NEGATIVE_INFINITY;
  for (let k = 0; k < K; k++) max = Math.max(max, (teacherLogits[k] ?? 0) / temperature);
  const target = new Float64Array(K);
  let sum = 0;
  for (let k = 0; k < K; k++) {
    target[k] = Math.exp((teacherLogits[k] ?? 0) / temperature - max);
    sum += target[k] ?? 0;
  }
  for (let k = 0; k < K; k++)
    target[k] = share * ((target[k] ?? 0) / sum) + (k === label ? 1 - share : 0);
  return target;
}
