/**
 * The softmax temperature in [lowest, highest] (steps of 0.05) with the least loss, rounded to
 * two decimals; 1 unless another does strictly better.
 */
export function pickTemperature(loss: (t: number) => number, lowest: number, highest: number) {
  let best = 1;
  for (let t = lowest; t <= highest; t += 0.05) if (loss(t) < loss(best)) best = t;
  return Math.round(best * 100) / 100;
}
