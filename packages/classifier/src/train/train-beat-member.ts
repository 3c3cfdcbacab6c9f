import { writeFileSync } from "node:fs";
import { eng as stopwords } from "stopword";
import { type BeatMemberData, compileBeatMember, countMemberBuckets } from "../beat-member.js";
import { mulberry32 } from "../mulberry32.js";
import { splitZones } from "../zones.js";
import { medianClassWeights } from "./median-class-weights.js";
import { readModelOptions } from "./model/model-options.js";
import { readTrainingSetup } from "./model/training-setup.js";
import { dataFile } from "./training-paths.js";

// Learns data/beat-member.json: the fastText-style member mixed with the beat model's
// probabilities (docs/tried.md, twenty-second pass), by SGD on folds 2-4 and the fixtures with
// the beat model's row weights (class, outlet, topic, fixture); and, without the fixtures,
// dist/unseen-beat-member.json, for the combiner's fixture rows (`npm run train` runs both).
const BITS = 16;
const DIM = 16;
const EPOCHS = 10;
const LEARNING_RATE = 0.02;
/** The member's share of the mixed probabilities (chosen on the calibration outlets). */
const SHARE = 0.35;
const UNSEEN_OUT = new URL("../../dist/unseen-beat-member.json", import.meta.url);

const options = readModelOptions();
const { settings } = options;
const { classes, labeled } = await readTrainingSetup({ ...options, useFixtures: true });
const C = classes.length;

// The rows are the buckets the runtime counts, through the runtime's own walk.
const empty: BeatMemberData = {
  version: 1,
  classes,
  bits: BITS,
  dim: DIM,
  embeddings: Buffer.alloc(DIM << BITS).toString("base64"),
  scale: 1,
  output: [],
  bias: [],
  share: SHARE,
  guarded: [],
  stopwords,
};
const walker = compileBeatMember(empty);
interface Row {
  index: Int32Array;
  value: Float64Array;
  label: number;
  weight: number;
  fold: number;
}
const size = new Array<number>(C).fill(0);
for (const l of labeled) size[l.label] = (size[l.label] ?? 0) + 1;
const classWeight = medianClassWeights(size, settings.classPower, settings.maxClassWeight);
const rows: Row[] = [];
for (const l of labeled) {
  if (l.fold === 0 || l.fold === 1 || l.fold === -2) continue;
  const n = countMemberBuckets(walker, splitZones(l.article));
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
  rows.push({
    index,
    value,
    label: l.label,
    fold: l.fold,
    weight: l.weight * (classWeight[l.label] ?? 1),
  });
}
const corpusRows = rows.filter((r) => r.fold >= 2);
const guarded = classes.filter(
  (_, k) => corpusRows.filter((r) => r.label === k).length < settings.rareShare * corpusRows.length,
);
console.log(
  `${rows.length} rows (${corpusRows.length} from the corpus); guarded: ${guarded.join(", ")}`,
);

/** Weighted SGD on embeddings and output layer, the learning rate falling linearly to 0. */
function fit(rs: Row[]): BeatMemberData {
  const random = mulberry32(settings.seed);
  const slots = 2 ** BITS;
  const E = new Float32Array(slots * DIM);
  for (let i = 0; i < E.length; i++) E[i] = (random() * 2 - 1) / DIM;
  const W = new Float64Array(C * DIM);
  const b = new Float64Array(C);
  const meanWeight = rs.reduce((s, r) => s + r.weight, 0) / rs.length;
  const order = rs.map((_, i) => i);
  const h = new Float64Array(DIM);
  const gh = new Float64Array(DIM);
  const p = new Float64Array(C);
  const total = EPOCHS * rs.length;
  let step = 0;
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j] as number, order[i] as number];
    }
    for (const at of order) {
      const r = rs[at] as Row;
      const lr = (LEARNING_RATE * (1 - step++ / total) * r.weight) / meanWeight;
      h.fill(0);
      for (let i = 0; i < r.index.length; i++) {
        const base = (r.index[i] as number) * DIM;
        const v = r.value[i] as number;
        for (let j = 0; j < DIM; j++) h[j] = (h[j] as number) + v * (E[base + j] as number);
      }
      let max = Number.NEGATIVE_INFINITY;
      for (let k = 0; k < C; k++) {
        let z = b[k] as number;
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
  for (let s = 0; s < slots; s++) {
    if (trained[s] === 0) E.fill(0, s * DIM, (s + 1) * DIM);
    else for (let j = 0; j < DIM; j++) top = Math.max(top, Math.abs(E[s * DIM + j] as number));
  }
  const scale = top / 127;
  const bytes = new Int8Array(E.length);
  for (let i = 0; i < E.length; i++) bytes[i] = Math.round((E[i] as number) / scale);
  const round = (x: number) => Number(x.toPrecision(6));
  return {
    ...empty,
    embeddings: Buffer.from(bytes.buffer).toString("base64"),
    scale: round(scale),
    output: classes.map((_, k) => Array.from(W.subarray(k * DIM, (k + 1) * DIM), round)),
    bias: Array.from(b, round),
    guarded,
  };
}

const started = Date.now();
const withFixtures = fit(rows);
const withoutFixtures = fit(rows.filter((r) => r.fold !== -1));
console.log(`two fits in ${Math.round((Date.now() - started) / 1000)} s`);
const write = (path: string | URL, data: BeatMemberData) =>
  writeFileSync(path, `${JSON.stringify(data)}\n`);
write(dataFile("beat-member.json"), withFixtures);
write(UNSEEN_OUT, withoutFixtures);
console.log(`wrote ${dataFile("beat-member.json")} and ${UNSEEN_OUT.pathname}`);
