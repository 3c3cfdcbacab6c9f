/** Probability that a start outscores a sample that is none (ties count half). */
export function auc(scores: readonly number[], ys: readonly number[]): number {
  const order = scores.map((z, n) => ({ z, y: ys[n] })).sort((a, b) => a.z - b.z);
  let below = 0;
  let starts = 0;
  let won = 0;
  for (let i = 0; i < order.length; ) {
    let j = i;
    let pos = 0;
    let neg = 0;
    for (; j < order.length && order[j]?.z === order[i]?.z; j++) {
      if (order[j]?.y === 1) pos++;
      else neg++;
    }
    won += pos * below + (pos * neg) / 2;
    below += neg;
    starts += pos;
    i = j;
  }
  return won / (starts * below);
}
