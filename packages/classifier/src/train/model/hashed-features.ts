import murmurhash from "murmurhash";
import type { TrainingRow } from "../fit-softmax.js";

/** Where a feature lands among 2^bits buckets, and the sign its value takes there. */
export interface FeatureBucket {
  bucket: number;
  sign: 1 | -1;
}

/**
 * The hashing trick (Weinberger et al. 2009): a feature's bucket is the low `bits` of its name's
 * MurmurHash3 (UTF-8 bytes, the hash reads bytes), its sign the top bit, so two words sharing a
 * bucket cancel on average instead of adding up.
 */
export function featureBucket(key: string, bits: number): FeatureBucket {
  const h = murmurhash.v3(Buffer.from(key, "utf8"));
  return { bucket: h & ((1 << bits) - 1), sign: h >>> 31 === 1 ? -1 : 1 };
}

/** Each feature's bucket and sign, by its place in `keys`. */
export function featureBuckets(keys: string[], bits: number) {
  const bucket = new Int32Array(keys.length);
  const sign = new Float64Array(keys.length);
  keys.forEach((key, f) => {
    const b = featureBucket(key, bits);
    bucket[f] = b.bucket;
    sign[f] = b.sign;
  });
  return { bucket, sign };
}

/** A training row over features folded into their buckets: signed values summed per bucket. */
export function hashedRow(
  row: TrainingRow,
  buckets: { bucket: Int32Array; sign: Float64Array },
): TrainingRow {
  const sum = new Map<number, number>();
  for (let i = 0; i < row.index.length; i++) {
    const f = row.index[i] ?? 0;
    const b = buckets.bucket[f] ?? 0;
    sum.set(b, (sum.get(b) ?? 0) + (buckets.sign[f] ?? 1) * (row.value[i] ?? 0));
  }
  return {
    ...row,
    index: Int32Array.from(sum.keys()),
    value: Float64Array.from(sum.values()),
  };
}
