// Issue #14, fourteenth pass (a trial, not wired into the classifier): a first decision,
// politics or not, by a two-class model with its own features, then the beat among the rest by
// the committed model. The two-class model is fitted as the trainer's stage A is (folds 2-4 and,
// unless --no-fixtures, the fixtures; the vocabulary's words and phrases, the trainer's
// settings), on all the vocabulary's features and on its own strongest (TRIAL_KEEP, 5,000)
// refitted, with the classes weighted (median / size) ^ 0.5 as the trainer does.
//
//   npm run build && node scripts/politics-first-trial.mjs [--no-fixtures] [--model FILE]
//
// Rules, on the calibration outlets (fold 1), its two halves of outlets, the fixtures, the desk
// check and the reference dump:
// - "gate t": politics when the two-class model gives it t or more, else the committed model's
//   best other beat; under t never politics;
// - "blend b": politics' logit moved by b times the two-class model's log-odds less the
//   committed model's own log-odds of politics against the rest.
// Reads the corpus (NEWSDESK_CORPUS); never writes anything. Several minutes at load.
import { readFileSync } from "node:fs";
import { featureValues } from "../dist/beat-features.js";
import { compileBeatModel, scoreBeatModel } from "../dist/beat-model.js";
import { compileParts } from "../dist/create-classifier.js";
import { sourceHash } from "../dist/eval/corpus-articles.js";
import { tallyBeats } from "../dist/score-beats.js";
import { fitSoftmax } from "../dist/train/fit-softmax.js";
import { medianClassWeights } from "../dist/train/median-class-weights.js";
import { buildVocabulary } from "../dist/train/model/article-features.js";
import { readModelOptions } from "../dist/train/model/model-options.js";
import { readTrainingSetup } from "../dist/train/model/training-setup.js";
import { splitZones } from "../dist/zones.js";
import { heldOutRows, measuredSets } from "./trial-measured-sets.mjs";
import { printTrialReport } from "./trial-report.mjs";

// --model is the trial's own option; the rest are the trainer's (--no-fixtures, --corpus...).
const argv = process.argv.slice(2);
const at = argv.indexOf("--model");
const modelFile = at >= 0 ? argv[at + 1] : undefined;
if (at >= 0) argv.splice(at, 2);
process.argv = [process.argv[0], process.argv[1], ...argv];
const options = readModelOptions();
const { settings } = options;
const keepN = Number(process.env.TRIAL_KEEP ?? 5000);

const { classes, classOf, labeled, reader } = await readTrainingSetup(options);
const POLITICS = classOf.get("politics");
const docs = labeled.map(reader.toDoc);
const { desk, reference, fixtures: fixtureGold } = measuredSets(reader);
const { vocabOf, vocab } = buildVocabulary(reader, settings);
const features = vocab.length;
console.log(`${docs.length} articles, ${features} features`);

const binary = (d) => (d.label === POLITICS ? 1 : 0);
const size = [0, 0];
for (const d of docs) if (d.fold !== 1) size[binary(d)]++;
const classWeight = medianClassWeights(size, settings.classPower, settings.maxClassWeight);
const rowOf = (d, keep) => {
  const m = new Map();
  for (let i = 0; i < d.ids.length; i++) {
    const f = vocabOf[d.ids[i]] ?? -1;
    if (f >= 0 && (!keep || keep.has(f))) m.set(f, d.counts[i]);
  }
  const { index, value } = featureValues([...m.keys()], [...m.values()]);
  // TRIAL_LEX=1: the lexicon's evidence as a fixed prior, as the beat model takes it: politics'
  // against the strongest other beat's, at the trainer's --prior.
  let other = 0;
  for (let k = 0; k < d.lexicon.length; k++)
    if (k !== POLITICS) other = Math.max(other, d.lexicon[k]);
  const offset = withLexicon
    ? Float64Array.of(settings.prior * other, settings.prior * d.lexicon[POLITICS])
    : undefined;
  return { index, value, label: binary(d), weight: d.weight * classWeight[binary(d)], offset };
};
const withLexicon = process.env.TRIAL_LEX === "1";
const fitOptions = { ...settings };
const fitted = docs.filter((d) => d.fold !== 1);
const fitAll = fitSoftmax(
  fitted.map((d) => rowOf(d)),
  features,
  2,
  fitOptions,
);
const strength = [];
for (let f = 0; f < features; f++) {
  strength.push([f, Math.abs(fitAll.weights[2 * f + 1] - fitAll.weights[2 * f])]);
}
strength.sort((a, b) => b[1] - a[1]);
const kept = new Set(strength.slice(0, keepN).map(([f]) => f));
const fitKept = fitSoftmax(
  fitted.map((d) => rowOf(d, kept)),
  features,
  2,
  fitOptions,
);
/** The two-class model's log-odds of politics. */
const logOdds = (fit, row) => {
  let z = fit.bias[1] - fit.bias[0] + (row.offset ? row.offset[1] - row.offset[0] : 0);
  for (let i = 0; i < row.index.length; i++) {
    const f = row.index[i];
    z += row.value[i] * (fit.weights[2 * f + 1] - fit.weights[2 * f]);
  }
  return z;
};

// The committed (or --model) beat model's logits, as the classifier computes them.
const parts = compileParts();
const model = modelFile
  ? compileBeatModel(JSON.parse(readFileSync(modelFile, "utf8")), parts.words)
  : parts.model;
const P = model.classes.indexOf("politics");
const lexiconOfClass = model.classes.map((c) =>
  parts.lexicon.beats.findIndex((b, i) => b.id === c && parts.lexicon.parents[i] === -1),
);
const modelLogits = (article) => {
  const zones = splitZones(article, parts.words);
  let words = 0;
  for (const z of zones) if (z.kind === "lede" || z.kind === "body") words += z.tokens.length;
  const tally = tallyBeats(zones, parts.lexicon);
  const raw = lexiconOfClass.map((b) => (b >= 0 ? (tally.raw[b] ?? 0) : 0));
  return scoreBeatModel(model, zones, raw, words).logits;
};
const scored = (gold, article, doc) => ({
  gold,
  logits: modelLogits(article),
  zAll: logOdds(fitAll, rowOf(doc)),
  zKept: logOdds(fitKept, rowOf(doc, kept)),
});
const fold1 = labeled
  .map((l, i) => [l, docs[i]])
  .filter(([l]) => l.fold === 1)
  .map(([l, d]) => ({
    ...scored([classes[l.label]], l.article, d),
    half: Math.floor(sourceHash(l.source) / 5) % 2,
  }));
// TRIAL_FOLD0=1: the held-out outlets as well, measured only (the last check, never chosen by).
const fold0 = (await heldOutRows(reader, options.corpusPath)).map((x) =>
  scored(x.gold, x.article, x.doc),
);
const sets = [
  ...(fold0.length > 0 ? [{ name: "fold 0", rows: fold0 }] : []),
  { name: "fold 1", rows: fold1 },
  { name: "fold 1/0", rows: fold1.filter((r) => r.half === 0) },
  { name: "fold 1/1", rows: fold1.filter((r) => r.half === 1) },
  { name: "fixtures", rows: fixtureGold.map((x) => scored(x.gold, x.article, x.doc)) },
  { name: "desk check", rows: desk.map((x) => scored(x.gold, x.article, x.doc)) },
  { name: "reference", rows: reference.map((x) => scored(x.gold, x.article, x.doc)) },
];

const T = model.temperature;
// The beats under 2% of the corpus articles fitted on (folds 2-4), by the committed model's classes.
const fittedSize = new Map();
let fittedTotal = 0;
for (const d of docs) {
  if (d.fold < 2) continue;
  fittedSize.set(classes[d.label], (fittedSize.get(classes[d.label]) ?? 0) + 1);
  fittedTotal++;
}
const rare = new Set();
model.classes.forEach((c, k) => {
  if ((fittedSize.get(c) ?? 0) < 0.02 * fittedTotal) rare.add(k);
});
console.log(`rare: ${[...rare].map((k) => model.classes[k]).join(", ")}`);
function decide(r, rule) {
  const L = Float64Array.from(r.logits);
  const z = rule.which === "all" ? r.zAll : r.zKept;
  let rest = Number.NEGATIVE_INFINITY;
  let best = -1;
  for (let k = 0; k < L.length; k++) {
    if (k === P) continue;
    if (best < 0 || L[k] > L[best]) best = k;
  }
  if (rule.kind === "gate") {
    return model.classes[1 / (1 + Math.exp(-z)) >= rule.t ? P : best];
  }
  // "guarded": no move when the best other beat is one the two-class model barely saw (under
  // 2% of the training articles, the trainer's --rare-share); "down": politics only lowered.
  const guarded = rule.guard && rare.has(best);
  if (rule.kind === "blend" && !guarded) {
    let s = 0;
    for (let k = 0; k < L.length; k++) if (k !== P) s += Math.exp((L[k] - L[best]) / T);
    rest = L[best] / T + Math.log(s);
    const own = L[P] / T - rest;
    if (!rule.down || z < own) L[P] += T * rule.b * (z - own);
  }
  let top = 0;
  for (let k = 1; k < L.length; k++) if (L[k] > L[top]) top = k;
  return model.classes[top];
}
const rules = [{ name: "model alone", kind: "none" }];
for (const b of [0.5, 1]) {
  rules.push({ name: `blend ${b} all guarded`, kind: "blend", b, which: "all", guard: true });
  rules.push({ name: `blend ${b} all down`, kind: "blend", b, which: "all", down: true });
}
for (const which of ["all", "kept"]) {
  for (const t of [0.4, 0.5, 0.6])
    rules.push({ name: `gate ${t} ${which}`, kind: "gate", t, which });
  for (const b of [0.25, 0.5, 1])
    rules.push({ name: `blend ${b} ${which}`, kind: "blend", b, which });
}
// Every rule on every set, then a rule chosen on one half of fold 1 measured on the other.
printTrialReport(rules, sets, decide, 22);

// TRIAL_SHOW=rule name: the fixtures and desk-check stories that rule decides otherwise.
if (process.env.TRIAL_SHOW) {
  const rule = rules.find((r) => r.name === process.env.TRIAL_SHOW);
  for (const set of sets.filter((x) => !x.name.startsWith("fold"))) {
    set.rows.forEach((r, i) => {
      const a = decide(r, rules[0]);
      const b = decide(r, rule);
      if (a !== b) console.log(`${set.name} #${i}: ${a} -> ${b} (want ${r.gold.join("|")})`);
    });
  }
}
