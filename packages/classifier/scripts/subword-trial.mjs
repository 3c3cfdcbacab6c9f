// Issue #14, fifteenth pass (a trial, not wired into the classifier): subword features, hashed
// character n-grams of the words (fastText-style: "<word>" cut into its 3- to 5-letter pieces,
// each hashed into 2^18 buckets), beside the model's words and two-word phrases, for the
// inflections, compounds and names an unseen outlet writes that training never saw. Every word of
// the article gives its pieces (not only the vocabulary's: that is the point), stopwords and
// numbers excepted, each counted as often as its word (zone weights included).
//
// Fitted as the trainer's stage A is (folds 2-4 and, unless --no-fixtures, the fixtures; the
// trainer's settings, vocabulary, class weights and lexicon prior; every feature kept, nothing
// pruned), once without the pieces (the baseline, trained the same way) and once per alpha: the
// pieces as their own block, log(1 + count) scaled to unit length and then by alpha, appended to
// the word row (which keeps its own unit length).
//
//   npm run build && node --max-old-space-size=6144 scripts/subword-trial.mjs [--no-fixtures]
//   TRIAL_ALPHAS=0.5,1 (default 0.5,1)  TRIAL_NGRAMS=3,5 (min,max)  TRIAL_BITS=18
//
// Measures on the calibration outlets (fold 1), its two halves of outlets, the fixtures, the desk
// check and the reference dump (scripts/trial-report.mjs). Reads the corpus; writes nothing.
import { eng as stopwords } from "stopword";
import { featureValues } from "../dist/beat-features.js";
import { sourceHash } from "../dist/eval/corpus-articles.js";
import { argmax } from "../dist/train/argmax.js";
import { fitSoftmax } from "../dist/train/fit-softmax.js";
import { medianClassWeights } from "../dist/train/median-class-weights.js";
import { buildVocabulary } from "../dist/train/model/article-features.js";
import { readModelOptions } from "../dist/train/model/model-options.js";
import { logitsOf } from "../dist/train/model/training-rows.js";
import { readTrainingSetup } from "../dist/train/model/training-setup.js";
import { measuredSets } from "./trial-measured-sets.mjs";
import { printTrialReport } from "./trial-report.mjs";

const options = readModelOptions();
const { settings } = options;
const alphas = (process.env.TRIAL_ALPHAS ?? "0.5,1").split(",").map(Number);
const [minN, maxN] = (process.env.TRIAL_NGRAMS ?? "3,5").split(",").map(Number);
const bits = Number(process.env.TRIAL_BITS ?? 18);
const buckets = 2 ** bits;

const { classes, labeled, reader } = await readTrainingSetup(options);
const K = classes.length;
const docs = labeled.map((l) => ({
  ...reader.toDoc(l),
  half: Math.floor(sourceHash(l.source) / 5) % 2,
}));
const { desk, reference, fixtures } = measuredSets(reader);
const { vocabOf, vocab } = buildVocabulary(reader, settings);
const V = vocab.length;
console.log(`${docs.length} articles, ${V} vocabulary features, ${buckets} subword buckets`);

// A reader id's subword buckets (words only: not phrases, not the headline's own kind).
const stop = new Set(stopwords);
const fnv = (s) => {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
};
const piecesOf = [];
const pieces = (id) => {
  if (piecesOf[id] !== undefined) return piecesOf[id];
  const key = reader.keys[id];
  const out = [];
  if (!key.includes(" ") && !key.startsWith("^") && !stop.has(key)) {
    const w = `<${key}>`;
    for (let n = minN; n <= maxN; n++)
      for (let i = 0; i + n <= w.length; i++) out.push(fnv(w.slice(i, i + n)) % buckets);
  }
  piecesOf[id] = out;
  return out;
};

const size = new Array(K).fill(0);
for (const d of docs) size[d.label]++;
const classWeight = medianClassWeights(size, settings.classPower, settings.maxClassWeight);
/** The trainer's row (trainingRow) and, at alpha > 0, the subword block after it. */
const rowOf = (d, alpha) => {
  const m = new Map();
  for (let i = 0; i < d.ids.length; i++) {
    const f = vocabOf[d.ids[i]] ?? -1;
    if (f >= 0) m.set(f, d.counts[i]);
  }
  const words = featureValues([...m.keys()], [...m.values()]);
  let index = words.index;
  let value = words.value;
  if (alpha > 0) {
    const s = new Map();
    for (let i = 0; i < d.ids.length; i++)
      for (const b of pieces(d.ids[i])) s.set(V + b, (s.get(V + b) ?? 0) + d.counts[i]);
    const sub = featureValues([...s.keys()], [...s.values()]);
    index = Int32Array.from([...words.index, ...sub.index]);
    value = Float64Array.from([...words.value, ...sub.value.map((v) => alpha * v)]);
  }
  return {
    index,
    value,
    label: d.label,
    weight: d.weight * (classWeight[d.label] ?? 1),
    offset: d.lexicon.map((x) => settings.prior * x),
  };
};

const fitted = docs.filter((d) => d.fold !== 1);
const fold1 = docs.filter((d) => d.fold === 1);
const measured = [
  ...fold1.map((d) => ({ gold: [classes[d.label]], doc: d, half: d.half })),
  ...fixtures.map((x) => ({ ...x, set: "fixtures" })),
  ...desk.map((x) => ({ ...x, set: "desk check" })),
  ...reference.map((x) => ({ ...x, set: "reference" })),
].map((r) => ({ ...r, logits: [] }));
const decide = (r, rule) => classes[argmax(r.logits[rule.i])];
const f1 = measured.filter((r) => r.half !== undefined);
const sets = [
  { name: "fold 1", rows: f1 },
  { name: "fold 1/0", rows: f1.filter((r) => r.half === 0) },
  { name: "fold 1/1", rows: f1.filter((r) => r.half === 1) },
  ...["fixtures", "desk check", "reference"].map((name) => ({
    name,
    rows: measured.filter((r) => r.set === name),
  })),
];
const rules = [];
for (const alpha of [0, ...alphas]) {
  const t0 = Date.now();
  const rows = fitted.map((d) => rowOf(d, alpha));
  let nnz = 0;
  for (const r of rows) nnz += r.index.length;
  const fit = fitSoftmax(rows, alpha > 0 ? V + buckets : V, K, settings);
  let used = 0;
  for (let f = V; f < V + (alpha > 0 ? buckets : 0); f++) if (fit.weights[f * K] !== 0) used++;
  for (const r of measured) r.logits.push(logitsOf(fit, rowOf(r.doc, alpha), K));
  const name = alpha > 0 ? `subwords alpha ${alpha}` : "model alone (no subwords)";
  rules.push({ name, i: rules.length });
  console.log(
    `${name}: ${(nnz / rows.length).toFixed(0)} values a row, ${used} buckets used, ${((Date.now() - t0) / 1000).toFixed(0)} s`,
  );
  // After every fit, so a slow run still reports what it has.
  printTrialReport(rules, sets, decide, 26);
}
