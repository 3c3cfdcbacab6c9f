import type { TrainingRow } from "../fit-softmax.js";

/** How chiSquareFeatures chooses; every field optional. */
export interface ChiSquareChoice {
  /** Every beat takes its turn in order of its own scores, so a rare beat's words are kept. */
  perBeat?: boolean;
  /** Features already kept (by another ranking): counted in `keep`, passed over by this one. */
  taken?: Set<number>;
  /**
   * Features used by more than this share of the training articles are passed over: frequent
   * words such as a result's verbs lean to whichever beat is largest.
   */
  maxDfShare?: number;
  /** With perBeat: only these beats take turns (the rare ones, say); the others take none. */
  beats?: Set<number>;
  /**
   * Only these features may be chosen (the strongest by the fitted weights, say): a word whose
   * refitted weight is weak and spread across beats is passed over however the test ties it.
   */
  within?: Set<number>;
}

/**
 * The `keep` features most tied to some beat by the chi-square test of the training articles that
 * use them against those that do not, each feature scored by the beat it favours most (only
 * positive ties count: a word's absence is no evidence a reader can be shown).
 * Unlike the fitted weights' strength, the test needs no fit and does not favour a word of a
 * dozen articles that the fit happened to lean on.
 */
export function chiSquareFeatures(
  rows: Pick<TrainingRow, "index" | "label">[],
  features: number,
  K: number,
  keep: number,
  {
    perBeat = false,
    taken = new Set<number>(),
    maxDfShare = 1,
    beats,
    within,
  }: ChiSquareChoice = {},
): Set<number> {
  const chi = chiSquareTies(rows, features, K, maxDfShare);
  const byScore = (score: (f: number) => number) => {
    const order: number[] = [];
    for (let f = 0; f < features; f++)
      if (score(f) > 0 && !taken.has(f) && (!within || within.has(f))) order.push(f);
    return order.sort((a, b) => score(b) - score(a) || a - b);
  };
  if (!perBeat) {
    const best = (f: number) => Math.max(...chi.subarray(f * K, f * K + K));
    return new Set([...taken, ...byScore(best).slice(0, keep - taken.size)]);
  }
  const turns = Array.from({ length: K }, (_, k) => k).filter((k) => !beats || beats.has(k));
  const lists = turns.map((k) => byScore((f) => chi[f * K + k] ?? 0));
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

/**
 * Feature-major, chi[f * K + k]: the chi-square of feature f for beat k, 0 unless it favours k or
 * the feature is in more than `maxDfShare` of the rows.
 */
export function chiSquareTies(
  rows: Pick<TrainingRow, "index" | "label">[],
  features: number,
  K: number,
  maxDfShare = 1,
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
    if ((withFeature[f] ?? 0) > maxDfShare * n) continue;
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
