import { SHAPE_IDS } from "../hashed-features.js";
import type { HashedSample } from "./logistic.js";

// Words a model may weigh: those used by the most outlets, and by at least MIN_OUTLETS, so
// what is learned is how newsrooms write, not what one of them wrote about.
export const VOCABULARY = 2500;
export const MIN_OUTLETS = 12;

/** A paragraph model's sample, with the outlet (numbered) it came from. */
export type OutletSample = HashedSample & { outlet: number };

/** The word feature ids used by the most outlets (`size` at most), in order. */
export function vocabularyOf(samples: readonly OutletSample[], size = VOCABULARY): number[] {
  const seen = new Map<number, Set<number>>();
  for (const s of samples) {
    for (const f of s.features) {
      if (f < SHAPE_IDS) continue;
      const set = seen.get(f) ?? new Set<number>();
      seen.set(f, set);
      set.add(s.outlet);
    }
  }
  return [...seen]
    .filter(([, set]) => set.size >= MIN_OUTLETS)
    .sort((x, y) => y[1].size - x[1].size)
    .slice(0, size)
    .map(([id]) => id);
}

/** Samples with word ids replaced by their place in the table (SHAPE_IDS + index), others dropped. */
export function indexed<T extends HashedSample>(
  samples: readonly T[],
  vocabulary: readonly number[],
): T[] {
  const index = new Map(vocabulary.map((id, i) => [id, SHAPE_IDS + i]));
  return samples.map((s) => ({
    ...s,
    features: Int32Array.from(
      [...s.features].map((f) => (f < SHAPE_IDS ? f : (index.get(f) ?? -1))).filter((f) => f >= 0),
    ),
  }));
}
