import type { TrainingRow } from "../fit-softmax.js";

/**
 * The `keep` features most tied to some beat by the chi-square test of the training articles that
 * use them against those that do not, each feature scored by the beat it favours most (only
 * positive ties count: a word's absence is no evidence a reader can be shown). With `perBeat`,
 * every beat takes its turn in order of its own scores, so a rare beat's words are kept even
 * when a common beat's would all outscore them.
 * Unlike the fitted weights' strength, the test needs no fit and does not favour a word of a
 * dozen articles that the fit happened to lean on. `taken`: features already kept (by another
 * ranking), counted in `keep` and passed over by this one.
 */
export function chiSquareFeatures(
  rows: Pick<TrainingRow, "index" | "label">[],
  features: number,
  K: number,
  keep: number,
  perBeat = false,
  taken = new Set<number>(),
): Set<number> {
  const chi = chiSquareTies(rows, features, K);
  const byScore = (score: (f: number) => number) => {
    const order: number[] = [];
    for (let f = 0; f < features; f++) if (score(f) > 0 && !taken.has(f)) order.push(f);
    return order.sort((a, b) => score(b) - score(a) || a - b);
  };
  if (!perBeat) {
    const best = (f: number) => Math.max(...chi.subarray(f * K, f * K + K));
    return new Set([...taken, ...byScore(best).slice(0, keep - taken.size)]);
  }
  const lists = Array.from({ length: K }, (_, k) => byScore((f) => chi[f * K + k] ?? 0));
  const kept = new Set(taken);
  for (let r = 0; kept.size < keep; r++) {
    let more = false;
    for (const l of lists) {
      const f = l[r];
      if (f === undefined) continue;
      more = true;
      kept.add(f);
      if (kept.size >= keep) break;
    }
    if (!more) break;
  }
  return kept;
}

/** Feature-major, chi[f * K + k]: the chi-square of feature f for beat k, 0 unless it favours k. */
export function chiSquareTies(
  rows: Pick<TrainingRow, "index" | "label">[],
  features: number,
  K: number,
): Float64Array {
  const inClass = new Float64Array(features * K);
  const withFeature = new Float64Array(features);
  const classSize = new Float64Array(K);
  for (const row of rows) {
    classSize[row.label] = (classSize[row.label] ?? 0) + 1;
    for (const f of row.index) {
      withFeature[f] = (withFeature[f] ?? 0) + 1;
      inClass[f * K + row.label] = (inClass[f * K + row.label] ?? 0) + 1;
    }
  }
  const n = rows.length;
  const chi = new Float64Array(features * K);
  for (let f = 0; f < features; f++) {
    for (let k = 0; k < K; k++) {
      const a = inClass[f * K + k] ?? 0; // of the beat, with the feature
      const b = (withFeature[f] ?? 0) - a; // other beats, with it
      const c = (classSize[k] ?? 0) - a; // of the beat, without it
      const d = n - a - b - c;
      const tie = a * d - b * c;
      const den = (a + b) * (c + d) * (a + c) * (b + d);
      if (tie > 0 && den > 0) chi[f * K + k] = (n * tie * tie) / den;
    }
  }
  return chi;
}
