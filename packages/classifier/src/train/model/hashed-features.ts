import murmurhash from "murmurhash";
import type { SoftmaxFit, TrainingRow } from "../fit-softmax.js";

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

/**
 * A fit on buckets as a fit on the named features it hashed: feature f takes its bucket's
 * weights times its sign, so a row of named features gets the logits its hashed row got
 * (the logits are linear in the values). The named runtime can then score a hashed model.
 */
export function unhashedFit(
  fit: SoftmaxFit,
  buckets: { bucket: Int32Array; sign: Float64Array },
  K: number,
): SoftmaxFit {
  const weights = new Float64Array(buckets.bucket.length * K);
  for (let f = 0; f < buckets.bucket.length; f++) {
    const b = buckets.bucket[f] ?? 0;
    const s = buckets.sign[f] ?? 1;
    for (let k = 0; k < K; k++) weights[f * K + k] = s * (fit.weights[b * K + k] ?? 0);
  }
  return { weights, bias: fit.bias };
}
