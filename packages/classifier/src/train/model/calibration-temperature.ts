import { pickTemperature } from "../pick-temperature.js";

type Scored = { logits: Float64Array; label: number };

/** The mean log-loss of the rows' labels under a softmax at temperature t. */
function nll(rows: Scored[], t: number) {
  let s = 0;
  for (const r of rows) {
    let max = Number.NEGATIVE_INFINITY;
    for (const l of r.logits) max = Math.max(max, l / t);
    let z = 0;
    for (const l of r.logits) z += Math.exp(l / t - max);
    s += -((r.logits[r.label] ?? 0) / t - max - Math.log(z));
  }
  return s / rows.length;
}

/** The softmax temperature that best fits outlets the model never saw (least log-loss). */
export function fitTemperature(rows: Scored[]): number {
  const best = pickTemperature((t) => nll(rows, t), 0.3, 4);
  console.log(
    `temperature ${best} (calibration log-loss ${nll(rows, best).toFixed(3)}, at 1: ${nll(rows, 1).toFixed(3)})`,
  );
  return best;
}
