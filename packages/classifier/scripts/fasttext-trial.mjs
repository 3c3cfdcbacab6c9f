// Issue #14, twenty-second pass (a trial, not wired into the classifier): a fastText-style
// supervised model (Joulin et al. 2017) as a second member beside the committed beat model. Every
// vocabulary word and phrase (two-word phrases are fastText's bigrams) has a small embedding; an
// article's embedding is the sum of its features' embeddings times the trainer's feature values
// (log(1 + count), unit length), a linear layer and softmax give its beats, and both layers are
// fitted by SGD on folds 2-4 (and the fixtures) with the trainer's row weights (class, outlet,
// topic, fixture). The model is low-rank over all 121k features, so it keeps the words the
// pruning to 20,000 drops (the sixth and seventh passes: that pruning costs 1.9 points) without a
// weight per beat for each. Its probabilities Q join the committed model's P as log P + a log Q
// ("log") or (1 - a) P + a Q ("mix"); "g": guarded, the model's answer stands when its top beat is
// one of the rare beats (the trainer's --rare-share), which the corpus barely teaches.
// "unseen" scores the fixtures, the desk check and the reference dump with
// dist/unseen-beat-model.json and a member fitted without the fixtures.
//
//   npm run build && node scripts/fasttext-trial.mjs
//
// The pass's choice: TRIAL_BUCKETS=16 TRIAL_HASH_ALL=1 TRIAL_DIM=16 TRIAL_EPOCHS=10
// TRIAL_LR=0.02, rule "mix 0.35 g" (docs/tried.md, twenty-second pass).
//
// TRIAL_DIM (16), TRIAL_EPOCHS (5), TRIAL_LR (0.5), each a list; TRIAL_BUCKETS=B: features
// hashed into 2^B buckets (FNV-1a of the key) instead of one embedding each (what would ship);
// TRIAL_HASH_ALL=1: every word and phrase hashed, not only the vocabulary's; TRIAL_SEED (14);
// TRIAL_INT8=1: the embeddings rounded to one byte;
// TRIAL_FOLD0=1: the held-out outlets too (reported, never chosen by); TRIAL_RULES="name;name".
// dist/unseen-beat-model.json: `npm run train:model -- --no-fixtures --out dist/unseen-beat-model.json`.
//
// Reads the corpus (NEWSDESK_CORPUS); never writes anything.
import { existsSync } from "node:fs";
import { featureValues } from "../dist/beat-features.js";
import { sourceHash } from "../dist/eval/corpus-articles.js";
import { mulberry32 } from "../dist/mulberry32.js";
import { medianClassWeights } from "../dist/train/median-class-weights.js";
import { holdsStopword } from "../dist/train/model/article-features.js";
import { trainingRow } from "../dist/train/model/training-rows.js";
import { trialSetup } from "./trial-measured-sets.mjs";
import { printTrialReport } from "./trial-report.mjs";
import { wholeArticleScorer } from "./whole-article-logits.mjs";

// Each a list: one member per combination, from one read of the corpus.
const list = (name, fallback) => (process.env[name] ?? fallback).split(",").map(Number);
const CONFIGS = [];
for (const dim of list("TRIAL_DIM", "16"))
  for (const epochs of list("TRIAL_EPOCHS", "5"))
    for (const lr of list("TRIAL_LR", "0.5")) CONFIGS.push({ dim, epochs, lr });
const BUCKET_BITS = Number(process.env.TRIAL_BUCKETS ?? 0);

const {
  settings,
  classes,
  C,
  labeled,
  reader,
  docs,
  desk,
  reference,
  fixtureGold,
  fold0Rows,
  vocabOf,
  vocab,
} = await trialSetup();
const size = new Array(C).fill(0);
for (const d of docs) size[d.label]++;
const weighting = {
  vocabOf,
  classWeight: medianClassWeights(size, settings.classPower, settings.maxClassWeight),
  settings,
};
// A feature's row in the embedding table: its vocabulary index, or its bucket.
const slotOf =
  BUCKET_BITS > 0 ? Int32Array.from(vocab, (key) => fnv1a(key) >>> (32 - BUCKET_BITS)) : null;
const SLOTS = BUCKET_BITS > 0 ? 2 ** BUCKET_BITS : vocab.length;
function fnv1a(text) {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}
// TRIAL_HASH_ALL=1 (with TRIAL_BUCKETS): every word and phrase an article has (stopwords aside)
// is hashed, not only the vocabulary's, as a runtime without the vocabulary's names would.
const hashAll = BUCKET_BITS > 0 && process.env.TRIAL_HASH_ALL === "1";
const bucketOfId = hashAll
  ? Int32Array.from(reader.keys, (key) =>
      holdsStopword(key) ? -1 : fnv1a(key) >>> (32 - BUCKET_BITS),
    )
  : null;
const rowOf = (d) => {
  if (hashAll) {
    const ids = [];
    const counts = [];
    for (let i = 0; i < d.ids.length; i++) {
      const bucket = bucketOfId[d.ids[i]];
      if (bucket < 0) continue;
      ids.push(bucket);
      counts.push(d.counts[i]);
    }
    const { index, value } = featureValues(ids, counts);
    return { index, value, label: d.label, weight: d.weight * weighting.classWeight[d.label] };
  }
  const r = trainingRow(d, weighting);
  return { ...r, index: slotOf ? Int32Array.from(r.index, (f) => slotOf[f]) : r.index };
};

/** Fits embeddings E (SLOTS x DIM) and output W (C x DIM), b by weighted SGD, lr falling to 0. */
function fitFastText(rows, { dim: DIM, epochs: EPOCHS, lr: LR }) {
  const random = mulberry32(Number(process.env.TRIAL_SEED ?? settings.seed));
  const E = new Float32Array(SLOTS * DIM).map(() => (random() * 2 - 1) / DIM);
  const W = new Float32Array(C * DIM);
  const b = new Float32Array(C);
  const trained = new Uint8Array(SLOTS);
  for (const r of rows) for (const f of r.index) trained[f] = 1;
  const meanWeight = rows.reduce((a, r) => a + r.weight, 0) / rows.length;
  const order = rows.map((_, i) => i);
  const h = new Float64Array(DIM);
  const gh = new Float64Array(DIM);
  const p = new Float64Array(C);
  const total = EPOCHS * rows.length;
  let step = 0;
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    for (const at of order) {
      const r = rows[at];
      const lr = (LR * (1 - step++ / total) * r.weight) / meanWeight;
      forward(E, W, b, r, h, p);
      gh.fill(0);
      for (let k = 0; k < C; k++) {
        const g = p[k] - (k === r.label ? 1 : 0);
        const base = k * DIM;
        for (let j = 0; j < DIM; j++) {
          gh[j] += g * W[base + j];
          W[base + j] -= lr * g * h[j];
        }
        b[k] -= lr * g;
      }
      for (let i = 0; i < r.index.length; i++) {
        const base = r.index[i] * DIM;
        const v = r.value[i];
        for (let j = 0; j < DIM; j++) E[base + j] -= lr * v * gh[j];
      }
    }
  }
  if (process.env.TRIAL_INT8 === "1") quantize(E);
  return { E, W, b, trained, DIM };
}
// TRIAL_INT8=1: the embeddings rounded to one byte each (one scale for the table), as a shipped
// file would hold them.
function quantize(E) {
  let max = 0;
  for (const x of E) max = Math.max(max, Math.abs(x));
  const step = max / 127;
  for (let i = 0; i < E.length; i++) E[i] = Math.round(E[i] / step) * step;
}
function forward(E, W, b, r, h, p, trained) {
  const DIM = h.length;
  h.fill(0);
  for (let i = 0; i < r.index.length; i++) {
    if (trained && !trained[r.index[i]]) continue;
    const base = r.index[i] * DIM;
    const v = r.value[i];
    for (let j = 0; j < DIM; j++) h[j] += v * E[base + j];
  }
  let m = -Infinity;
  for (let k = 0; k < C; k++) {
    let z = b[k];
    const base = k * DIM;
    for (let j = 0; j < DIM; j++) z += W[base + j] * h[j];
    p[k] = z;
    if (z > m) m = z;
  }
  let sum = 0;
  for (let k = 0; k < C; k++) {
    p[k] = Math.exp(p[k] - m);
    sum += p[k];
  }
  for (let k = 0; k < C; k++) p[k] /= sum;
}
const fitted = docs.filter((d) => d.fold !== 1 && d.fold !== 0);
const rowsWith = fitted.map(rowOf);
const rowsWithout = rowsWith.filter((_, i) => fitted[i].fold !== -1);
const fits = CONFIGS.map((config) => {
  const t0 = Date.now();
  const fit = [fitFastText(rowsWith, config), fitFastText(rowsWithout, config)];
  console.log(
    `${config.dim} dims, ${config.epochs} epochs, lr ${config.lr}, ${SLOTS} slots (${vocab.length} features): two fits in ${((Date.now() - t0) / 1000).toFixed(0)} s`,
  );
  return fit;
});
// What a runtime would pay per article on top of the features it already visits: hashing each
// feature's key and the member's forward pass (CPU, over fold 1; the stopword check left out).
if (hashAll) {
  const fold1Docs = docs.filter((d) => d.fold === 1);
  const h = new Float64Array(fits[0][0].DIM);
  const p = new Float64Array(C);
  const started = process.cpuUsage();
  let sink = 0;
  for (const d of fold1Docs) {
    const index = new Int32Array(d.ids.length);
    for (let i = 0; i < d.ids.length; i++)
      index[i] = fnv1a(reader.keys[d.ids[i]]) >>> (32 - BUCKET_BITS);
    const { value } = featureValues(index, d.counts);
    forward(fits[0][0].E, fits[0][0].W, fits[0][0].b, { index, value }, h, p);
    sink += p[0];
  }
  const used = process.cpuUsage(started);
  if (!(sink > 0)) throw new Error("no probabilities");
  console.log(
    `member at run time: ${((used.user + used.system) / fold1Docs.length).toFixed(0)} µs of CPU an article (hash and forward, ${fits[0][0].DIM} dims)`,
  );
}
const probsBy = (fit) => (row) => {
  const p = new Float64Array(C);
  forward(fit.E, fit.W, fit.b, row, new Float64Array(fit.DIM), p, fit.trained);
  return p;
};

// The committed model's and the model without fixtures' logits, as the classifier computes them.
const logitsBy = (scorer) => (article) => ({
  logits: scorer.logitsOf(article),
  T: scorer.temperature,
});
const committed = wholeArticleScorer();
const committedLogits = logitsBy(committed);
const unseenFile = new URL("../dist/unseen-beat-model.json", import.meta.url).pathname;
const unseenLogits = existsSync(unseenFile) ? logitsBy(wholeArticleScorer(unseenFile)) : undefined;
if (committed.classes.join() !== classes.join()) throw new Error("class order differs");

const row = (gold, article, doc, unseen = false) => {
  const r = rowOf(doc);
  return {
    gold,
    ...(unseen ? unseenLogits : committedLogits)(article),
    q: fits.map((fit) => probsBy(fit[unseen ? 1 : 0])(r)),
  };
};
const fold1 = [];
labeled.forEach((l, i) => {
  if (l.fold !== 1) return;
  fold1.push({
    ...row([classes[l.label]], l.article, docs[i]),
    half: Math.floor(sourceHash(l.source) / 5) % 2,
  });
});
const sets = [
  ...(fold0Rows.length > 0
    ? [{ name: "fold 0", rows: fold0Rows.map((x) => row(x.gold, x.article, x.doc)) }]
    : []),
  { name: "fold 1", rows: fold1 },
  { name: "fold 1/0", rows: fold1.filter((r) => r.half === 0) },
  { name: "fold 1/1", rows: fold1.filter((r) => r.half === 1) },
  { name: "fixtures", rows: fixtureGold.map((x) => row(x.gold, x.article, x.doc)) },
  { name: "desk", rows: desk.map((x) => row(x.gold, x.article, x.doc)) },
  { name: "ref", rows: reference.map((x) => row(x.gold, x.article, x.doc)) },
];
if (unseenLogits) {
  for (const [name, xs] of [
    ["unseen fx", fixtureGold],
    ["desk (u)", desk],
    ["ref (u)", reference],
  ])
    sets.push({ name, rows: xs.map((x) => row(x.gold, x.article, x.doc, true)) });
}

const corpusFitted = fitted.filter((d) => d.fold >= 2);
const rare = new Set();
for (let k = 0; k < C; k++) {
  const n = corpusFitted.filter((d) => d.label === k).length;
  if (n < settings.rareShare * corpusFitted.length) rare.add(k);
}
console.log(`rare: ${[...rare].map((k) => classes[k]).join(", ")}`);

function decide(r, rule) {
  const z = r.logits.map((x) => x / r.T);
  const top = argmax(z);
  if (rule.kind === "none") return classes[top];
  if (rule.kind === "member") return classes[argmax(r.q[rule.c])];
  if (rule.guard && rare.has(top)) return classes[top];
  const m = Math.max(...z);
  const p = z.map((x) => Math.exp(x - m));
  const sum = p.reduce((a, b) => a + b, 0);
  for (let k = 0; k < C; k++) p[k] /= sum;
  const q = r.q[rule.c].map((x) => 0.99 * x + 0.01 / C);
  if (rule.common) return classes[argmax(withinCommon(p, q, rule))];
  const s =
    rule.kind === "log"
      ? p.map((x, k) => Math.log(x) + rule.a * Math.log(q[k]))
      : p.map((x, k) => (1 - rule.a) * x + rule.a * q[k]);
  return classes[argmax(s)];
}
// "c": the member only shares out the mass the model gives the beats it learned (the common
// ones); the rare beats keep the model's probabilities, which the member, fitted on a corpus
// without weather, lifestyle or human interest, would otherwise push toward zero.
function withinCommon(p, q, rule) {
  let mass = 0;
  let qMass = 0;
  for (let k = 0; k < C; k++) {
    if (rare.has(k)) continue;
    mass += p[k];
    qMass += q[k];
  }
  const out = [...p];
  if (rule.kind === "log") {
    let sum = 0;
    for (let k = 0; k < C; k++) {
      if (rare.has(k)) continue;
      out[k] = p[k] * q[k] ** rule.a;
      sum += out[k];
    }
    for (let k = 0; k < C; k++) if (!rare.has(k)) out[k] *= mass / sum;
  } else {
    for (let k = 0; k < C; k++)
      if (!rare.has(k)) out[k] = (1 - rule.a) * p[k] + (rule.a * mass * q[k]) / qMass;
  }
  return out;
}
function argmax(xs) {
  let b = 0;
  for (let k = 1; k < xs.length; k++) if (xs[k] > xs[b]) b = k;
  return b;
}
const rules = [{ name: "model alone", kind: "none" }];
CONFIGS.forEach((config, c) => {
  const tag = `d${config.dim} e${config.epochs} lr${config.lr}`;
  rules.push({ name: `${tag} alone`, kind: "member", c });
  for (const kind of ["log", "mix"])
    for (const a of kind === "log" ? [0.25, 0.5, 0.75, 1] : [0.2, 0.35, 0.5])
      for (const [guard, common] of [
        [false, false],
        [true, false],
        [false, true],
        [true, true],
      ])
        rules.push({
          name: `${tag} ${kind} ${a}${guard ? " g" : ""}${common ? " c" : ""}`,
          kind,
          a,
          guard,
          common,
          c,
        });
});
const only = process.env.TRIAL_RULES?.split(";");
printTrialReport(
  only ? rules.filter((r, i) => i === 0 || only.includes(r.name)) : rules,
  sets,
  decide,
  30,
);
// TRIAL_SHOW="rule": the unseen fixtures that rule and the model alone decide differently.
const show = rules.find((r) => r.name === process.env.TRIAL_SHOW);
if (show && unseenLogits) {
  const fixtureRows = sets.find((x) => x.name === "unseen fx").rows;
  fixtureRows.forEach((r, i) => {
    const [was, now] = [decide(r, rules[0]), decide(r, show)];
    if (was !== now)
      console.log(
        `${fixtureGold[i].article.headline}: ${was} -> ${now} (wanted ${r.gold.join("/")})`,
      );
  });
}
