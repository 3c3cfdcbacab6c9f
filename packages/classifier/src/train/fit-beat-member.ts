import { type BeatMember, countMemberBuckets } from "../beat-member.js";
import { mulberry32 } from "../mulberry32.js";
import type { Zone } from "../zones.js";

/** An article's buckets as the runtime counts them (`walker`'s walk), log(1 + count) at unit length. */
export function memberBuckets(
  walker: BeatMember,
  zones: Zone[],
): { index: Int32Array; value: Float64Array } {
  const n = countMemberBuckets(walker, zones);
  const index = walker.touched.slice(0, n);
  const value = new Float64Array(n);
  let norm = 0;
  for (let i = 0; i < n; i++) {
    const b = index[i] as number;
    const v = Math.log1p(walker.counts[b] as number);
    walker.counts[b] = 0;
    value[i] = v;
    norm += v * v;
  }
  for (let i = 0; i < n; i++) value[i] = (value[i] as number) / Math.sqrt(norm || 1);
  return { index, value };
}

/** One training article as the member's buckets: their indexes, unit-length values, label and weight. */
export interface MemberRow {
  index: Int32Array;
  value: Float64Array;
  label: number;
  weight: number;
  fold: number;
  /**
   * Where the row's logits start (a residual member: another model's log-probabilities,
   * docs/tried.md, twenty-seventh pass); none for the member `npm run train:member` fits.
   */
  offset?: ArrayLike<number>;
}

export interface MemberFitSettings {
  classes: number;
  bits: number;
  dim: number;
  epochs: number;
  learningRate: number;
  seed: number;
}

/**
 * Weighted SGD on embeddings and output layer, the learning rate falling linearly to 0; the
 * embeddings rounded to one byte with one scale, the rest to six digits.
 */
export function fitBeatMember(
  rs: MemberRow[],
  s: MemberFitSettings,
): { embeddings: string; scale: number; output: number[][]; bias: number[] } {
  const { classes: C, bits: BITS, dim: DIM } = s;
  const random = mulberry32(s.seed);
  const slots = 2 ** BITS;
  const E = new Float32Array(slots * DIM);
  for (let i = 0; i < E.length; i++) E[i] = (random() * 2 - 1) / DIM;
  const W = new Float64Array(C * DIM);
  const b = new Float64Array(C);
  const meanWeight = rs.reduce((sum, r) => sum + r.weight, 0) / rs.length;
  const order = rs.map((_, i) => i);
  const h = new Float64Array(DIM);
  const gh = new Float64Array(DIM);
  const p = new Float64Array(C);
  const total = s.epochs * rs.length;
  let step = 0;
  for (let epoch = 0; epoch < s.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j] as number, order[i] as number];
    }
    for (const at of order) {
      const r = rs[at] as MemberRow;
      const lr = (s.learningRate * (1 - step++ / total) * r.weight) / meanWeight;
      h.fill(0);
      for (let i = 0; i < r.index.length; i++) {
        const base = (r.index[i] as number) * DIM;
        const v = r.value[i] as number;
        for (let j = 0; j < DIM; j++) h[j] = (h[j] as number) + v * (E[base + j] as number);
      }
      let max = Number.NEGATIVE_INFINITY;
      for (let k = 0; k < C; k++) {
        let z = r.offset ? (b[k] as number) + (r.offset[k] as number) : (b[k] as number);
        for (let j = 0; j < DIM; j++) z += (W[k * DIM + j] as number) * (h[j] as number);
        p[k] = z;
        max = Math.max(max, z);
      }
      let sum = 0;
      for (let k = 0; k < C; k++) {
        p[k] = Math.exp((p[k] as number) - max);
        sum += p[k] as number;
      }
      gh.fill(0);
      for (let k = 0; k < C; k++) {
        const g = (p[k] as number) / sum - (k === r.label ? 1 : 0);
        for (let j = 0; j < DIM; j++) {
          gh[j] = (gh[j] as number) + g * (W[k * DIM + j] as number);
          W[k * DIM + j] = (W[k * DIM + j] as number) - lr * g * (h[j] as number);
        }
        b[k] = (b[k] as number) - lr * g;
      }
      for (let i = 0; i < r.index.length; i++) {
        const base = (r.index[i] as number) * DIM;
        const v = r.value[i] as number;
        for (let j = 0; j < DIM; j++)
          E[base + j] = (E[base + j] as number) - lr * v * (gh[j] as number);
      }
    }
  }
  // A bucket no training article reached says nothing: zero, not its random start.
  const trained = new Uint8Array(slots);
  for (const r of rs) for (const f of r.index) trained[f] = 1;
  let top = 0;
  for (let at = 0; at < slots; at++) {
    if (trained[at] === 0) E.fill(0, at * DIM, (at + 1) * DIM);
    else for (let j = 0; j < DIM; j++) top = Math.max(top, Math.abs(E[at * DIM + j] as number));
  }
  const scale = top / 127;
  const bytes = new Int8Array(E.length);
  for (let i = 0; i < E.length; i++) bytes[i] = Math.round((E[i] as number) / scale);
  const round = (x: number) => Number(x.toPrecision(6));
  return {
    embeddings: Buffer.from(bytes.buffer).toString("base64"),
    scale: round(scale),
    output: Array.from({ length: C }, (_, k) =>
      Array.from(W.subarray(k * DIM, (k + 1) * DIM), round),
    ),
    bias: Array.from(b, round),
  };
}
