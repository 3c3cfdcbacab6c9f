// Issue #14, sixteenth pass (a trial, not wired into the classifier): a vote of the nearest
// training articles joined to the beat model. Every article of folds 2-4 (and the fixtures) is a
// tf-idf vector over the vocabulary's words and phrases (log(1 + count) times
// log((1 + N) / (1 + df)) + 1, unit length); an article's k nearest by cosine vote for their
// labels, each sim ^ p, divided by its beat's share of the pool ^ c (the rare beats' few
// neighbours count more), and the vote's share V (smoothed toward uniform by 0.1) joins the
// committed model's log-probabilities as log P + alpha log V ("log") or as (1 - a) P + a V ("mix").
// Fold 1's neighbours are all other outlets' (folds 2-4); a fixture's are the corpus and the
// other fixtures; "unseen" scores the fixtures, the desk check and the reference dump with
// dist/unseen-beat-model.json and the corpus alone as the pool.
//
//   npm run build && node scripts/knn-vote-trial.mjs
//
// TRIAL_FOLD0=1: the held-out outlets too (reported, never chosen by); TRIAL_RULES="name;name":
// only those rules; TRIAL_KEPT=1, TRIAL_TOP=N, TRIAL_WORDS=1, TRIAL_CENTROIDS=M,
// TRIAL_TOPIC_CENTROIDS=1 (with TRIAL_MIN_GROUP=N, TRIAL_PER_CENTROID=S): smaller pools (below).
// "g" in a rule's name: guarded, "m0.3": only where the model's top two are within 0.3, "t2"
// (TRIAL_TOP_TWO=1): the vote only picks between the model's top two.
// dist/unseen-beat-model.json: `npm run train:model -- --no-fixtures --out dist/unseen-beat-model.json`.
//
// Reads the corpus (NEWSDESK_CORPUS); never writes anything.
import { existsSync, readFileSync } from "node:fs";
import { compileBeatModel, scoreBeatModel } from "../dist/beat-model.js";
import { compileParts } from "../dist/create-classifier.js";
import { sourceHash } from "../dist/eval/corpus-articles.js";
import { tallyBeats } from "../dist/score-beats.js";
import { splitZones } from "../dist/zones.js";
import { dense, nearest, sparse, topicCentroidPool } from "./topic-centroids.mjs";
import { trialSetup } from "./trial-measured-sets.mjs";
import { printTrialReport } from "./trial-report.mjs";

const K_MAX = 30;
const {
  settings,
  classes,
  C,
  labeled,
  docs,
  desk,
  reference,
  fixtureGold,
  fold0Rows,
  vocabOf,
  vocab,
} = await trialSetup();
const F = vocab.length;

// IDF over the corpus articles fitted on (folds 2-4).
const df = new Float64Array(F);
let pooled = 0;
for (const d of docs) {
  if (d.fold < 2) continue;
  pooled++;
  for (const id of d.ids) if (vocabOf[id] >= 0) df[vocabOf[id]]++;
}
const idf = df.map((n) => Math.log((1 + pooled) / (1 + n)) + 1);
// TRIAL_KEPT=1: only the committed model's 20,000 features (what the runtime reads);
// TRIAL_TOP=N: a pooled article keeps only its N largest values (a smaller pool to ship).
const keptOnly = process.env.TRIAL_KEPT === "1";
const topN = Number(process.env.TRIAL_TOP ?? 0);
const keptKeys = new Set(
  JSON.parse(readFileSync(new URL("../data/beat-model.json", import.meta.url), "utf8")).keys,
);
// TRIAL_WORDS=1: single words only (and headline words), no two-word phrases.
const wordsOnly = process.env.TRIAL_WORDS === "1";
const usable = Uint8Array.from(vocab, (key) =>
  (!keptOnly || keptKeys.has(key)) && !(wordsOnly && key.includes(" ")) ? 1 : 0,
);
function vectorOf(d, top = 0) {
  const index = [];
  const value = [];
  for (let i = 0; i < d.ids.length; i++) {
    const f = vocabOf[d.ids[i]];
    if (f < 0 || !usable[f]) continue;
    index.push(f);
    value.push(Math.log1p(d.counts[i]) * idf[f]);
  }
  if (top > 0 && index.length > top) {
    const order = index
      .map((_, i) => i)
      .sort((a, b) => value[b] - value[a])
      .slice(0, top);
    return unit(
      order.map((i) => index[i]),
      order.map((i) => value[i]),
    );
  }
  return unit(index, value);
}
function unit(index, value) {
  let norm = 0;
  for (const v of value) norm += v * v;
  const s = norm > 0 ? 1 / Math.sqrt(norm) : 0;
  return { index, value: value.map((v) => v * s) };
}

// The pool: folds 2-4 and the fixtures, as an inverted index.
// TRIAL_CENTROIDS=M: the corpus articles replaced by up to M centroids per beat (spherical
// k-means, one per 20 articles), so no single article's words would ship; the fixtures stay.
const centroidsPerBeat = Number(process.env.TRIAL_CENTROIDS ?? 0);
const fixtureDocs = docs.filter((d) => d.fold === -1);
const corpusDocs = docs.filter((d) => d.fold >= 2);
// TRIAL_TOPIC_CENTROIDS=1: centroids per AllSides topic instead (scripts/topic-centroids.mjs).
const topicCentroids = process.env.TRIAL_TOPIC_CENTROIDS === "1";
const topicOf = new Map(docs.map((d, i) => [d, labeled[i].topic]));
const pool = [
  ...(topicCentroids
    ? topicPool(corpusDocs)
    : centroidsPerBeat > 0
      ? centroidPool(corpusDocs, centroidsPerBeat)
      : corpusDocs.map((d) => ({ fold: d.fold, label: d.label, vec: vectorOf(d, topN) }))),
  ...fixtureDocs.map((d) => ({ fold: -1, label: d.label, vec: vectorOf(d, topN) })),
];
const poolLabel = Int32Array.from(pool, (d) => d.label);
const poolFixture = Uint8Array.from(pool, (d) => (d.fold === -1 ? 1 : 0));
const poolVec = pool.map((d) => d.vec);
function topicPool(members) {
  const minGroup = Number(process.env.TRIAL_MIN_GROUP ?? 20);
  const perCentroid = Number(process.env.TRIAL_PER_CENTROID ?? 0);
  const { centroids, dropped } = topicCentroidPool(
    members.map((d) => ({ label: d.label, topic: topicOf.get(d), vec: vectorOf(d) })),
    { F, minGroup, perCentroid },
  );
  const sizes = centroids.map((c) => c.size).sort((a, b) => a - b);
  console.log(
    `topic centroids (min ${minGroup}, one per ${perCentroid || "group"}): ${centroids.length}, ${new Set(centroids.map((c) => c.topic)).size} topics, sizes ${sizes[0]}-${sizes.at(-1)} (median ${sizes[sizes.length >> 1]}), ${dropped} articles in none`,
  );
  const perBeat = new Map();
  for (const c of centroids)
    perBeat.set(classes[c.label], (perBeat.get(classes[c.label]) ?? 0) + 1);
  console.log(`per beat: ${[...perBeat].map(([b, n]) => `${b} ${n}`).join(", ")}`);
  return centroids.map((c) => ({ fold: 2, label: c.label, vec: c.vec }));
}
function centroidPool(members, M) {
  const out = [];
  for (let label = 0; label < C; label++) {
    const vecs = members.filter((d) => d.label === label).map((d) => vectorOf(d));
    if (vecs.length === 0) continue;
    const m = Math.min(M, Math.max(1, Math.round(vecs.length / 20)));
    let centres = Array.from({ length: m }, (_, j) =>
      dense([vecs[Math.floor((j * vecs.length) / m)]], F),
    );
    for (let round = 0; round < 5; round++) {
      const groups = centres.map(() => []);
      for (const v of vecs) groups[nearest(v, centres)].push(v);
      centres = groups.filter((g) => g.length > 0).map((g) => dense(g, F));
    }
    for (const c of centres) out.push({ fold: 2, label, vec: sparse(c) });
  }
  return out;
}
const postingCount = new Int32Array(F + 1);
for (const v of poolVec) for (const f of v.index) postingCount[f + 1]++;
for (let f = 0; f < F; f++) postingCount[f + 1] += postingCount[f];
const postDoc = new Int32Array(postingCount[F]);
const postVal = new Float32Array(postingCount[F]);
const fill = postingCount.slice(0, F);
poolVec.forEach((v, j) => {
  for (let i = 0; i < v.index.length; i++) {
    const at = fill[v.index[i]]++;
    postDoc[at] = j;
    postVal[at] = v.value[i];
  }
});
const classShare = (withFixtures) => {
  const n = new Float64Array(C);
  for (let j = 0; j < pool.length; j++) if (withFixtures || !poolFixture[j]) n[poolLabel[j]]++;
  const total = n.reduce((a, b) => a + b, 0);
  return n.map((x) => Math.max(x, 1) / total);
};
const shareWith = classShare(true);
const shareWithout = classShare(false);
console.log(
  `${pool.length} pooled articles, ${usable.reduce((a, b) => a + b, 0)} features, ${postDoc.length} postings`,
);

const acc = new Float64Array(pool.length);
// CPU time in the neighbour search alone, for what the runtime would pay per article.
let searchMicros = 0;
let searches = 0;
/** The K_MAX nearest pooled articles: [sim, label] pairs, best first. */
function neighbours(vec, { self = -1, fixtures = true } = {}) {
  const started = process.cpuUsage();
  const touched = [];
  for (let i = 0; i < vec.index.length; i++) {
    const f = vec.index[i];
    const q = vec.value[i];
    for (let at = postingCount[f]; at < postingCount[f + 1]; at++) {
      const j = postDoc[at];
      if (acc[j] === 0) touched.push(j);
      acc[j] += q * postVal[at];
    }
  }
  const found = [];
  for (const j of touched) {
    if (j !== self && (fixtures || !poolFixture[j])) found.push([acc[j], poolLabel[j]]);
    acc[j] = 0;
  }
  found.sort((a, b) => b[0] - a[0]);
  const used = process.cpuUsage(started);
  searchMicros += used.user + used.system;
  searches++;
  return found.slice(0, K_MAX);
}

// The committed model's and the model without fixtures' logits, as the classifier computes them.
const parts = compileParts();
const unseenFile = new URL("../dist/unseen-beat-model.json", import.meta.url).pathname;
const unseenModel = existsSync(unseenFile)
  ? compileBeatModel(JSON.parse(readFileSync(unseenFile, "utf8")), parts.words)
  : undefined;
const logitsBy = (model) => {
  const lexiconOfClass = model.classes.map((c) =>
    parts.lexicon.beats.findIndex((b, i) => b.id === c && parts.lexicon.parents[i] === -1),
  );
  return (article) => {
    const zones = splitZones(article, parts.words);
    let words = 0;
    for (const z of zones) if (z.kind === "lede" || z.kind === "body") words += z.tokens.length;
    const tally = tallyBeats(zones, parts.lexicon);
    const raw = lexiconOfClass.map((b) => (b >= 0 ? (tally.raw[b] ?? 0) : 0));
    return { logits: scoreBeatModel(model, zones, raw, words).logits, T: model.temperature };
  };
};
const committedLogits = logitsBy(parts.model);
const unseenLogits = unseenModel ? logitsBy(unseenModel) : undefined;
// The model's classes are the trainer's (a test pins them); the vote is by the trainer's index.
if (parts.model.classes.join() !== classes.join()) throw new Error("class order differs");

const row = (gold, article, doc, { unseen = false, self = -1 } = {}) => ({
  gold,
  ...(unseen ? unseenLogits : committedLogits)(article),
  near: neighbours(vectorOf(doc), { self, fixtures: !unseen }),
  share: unseen ? shareWithout : shareWith,
});
const t0 = Date.now();
const fold1 = [];
labeled.forEach((l, i) => {
  if (l.fold !== 1) return;
  fold1.push({
    ...row([classes[l.label]], l.article, docs[i]),
    half: Math.floor(sourceHash(l.source) / 5) % 2,
  });
});
console.log(
  `fold 1 rows in ${((Date.now() - t0) / 1000).toFixed(0)} s; the search ${(searchMicros / searches / 1000).toFixed(2)} ms of CPU an article`,
);
// A fixture's own pooled copy is left out of its neighbours (matched by its position among them).
const fixturePool = [];
pool.forEach((d, j) => {
  if (d.fold === -1) fixturePool.push(j);
});
const sets = [
  ...(fold0Rows.length > 0
    ? [{ name: "fold 0", rows: fold0Rows.map((x) => row(x.gold, x.article, x.doc)) }]
    : []),
  { name: "fold 1", rows: fold1 },
  { name: "fold 1/0", rows: fold1.filter((r) => r.half === 0) },
  { name: "fold 1/1", rows: fold1.filter((r) => r.half === 1) },
  {
    name: "fixtures",
    rows: fixtureGold.map((x, i) =>
      row(x.gold, x.article, x.doc, { self: fixturePool.length === 84 ? fixturePool[i] : -1 }),
    ),
  },
  { name: "desk", rows: desk.map((x) => row(x.gold, x.article, x.doc)) },
  { name: "ref", rows: reference.map((x) => row(x.gold, x.article, x.doc)) },
];
if (unseenLogits) {
  for (const [name, xs] of [
    ["unseen fx", fixtureGold],
    ["desk (u)", desk],
    ["ref (u)", reference],
  ])
    sets.push({ name, rows: xs.map((x) => row(x.gold, x.article, x.doc, { unseen: true })) });
}

// The rare beats by the corpus articles fitted on (not by the pool, which centroids shrink).
const rare = new Set();
for (let k = 0; k < C; k++) {
  const n = corpusDocs.filter((d) => d.label === k).length;
  if (n < settings.rareShare * corpusDocs.length) rare.add(k);
}
console.log(`rare: ${[...rare].map((k) => classes[k]).join(", ")}`);

function vote(r, rule) {
  const v = new Float64Array(C);
  for (const [sim, label] of r.near.slice(0, rule.k)) {
    v[label] += sim ** rule.p / r.share[label] ** rule.c;
  }
  const total = v.reduce((a, b) => a + b, 0);
  return v.map((x) => 0.9 * (total > 0 ? x / total : 1 / C) + 0.1 / C);
}
function decide(r, rule) {
  const z = r.logits.map((x) => x / r.T);
  const top = argmax(z);
  if (rule.kind === "none") return classes[top];
  const m = Math.max(...z);
  const p = z.map((x) => Math.exp(x - m));
  const sum = p.reduce((a, b) => a + b, 0);
  for (let k = 0; k < C; k++) p[k] /= sum;
  // "guarded": the model's rare-beat answers stand (the pool has few such articles).
  if (rule.guard && rare.has(top)) return classes[top];
  // "unsure": the vote joins only where the model's top two are within `margin`.
  const sorted = [...p].sort((a, b) => b - a);
  if (rule.margin && sorted[0] - sorted[1] >= rule.margin) return classes[top];
  const v = vote(r, rule);
  const s =
    rule.kind === "log"
      ? p.map((x, k) => Math.log(x) + rule.a * Math.log(v[k]))
      : p.map((x, k) => (1 - rule.a) * x + rule.a * v[k]);
  // "t2": the vote only chooses between the model's top two beats.
  if (rule.two) {
    const second = argmax(p.map((x, k) => (k === top ? -1 : x)));
    return classes[s[second] > s[top] ? second : top];
  }
  return classes[argmax(s)];
}
function argmax(xs) {
  let b = 0;
  for (let k = 1; k < xs.length; k++) if (xs[k] > xs[b]) b = k;
  return b;
}
const rules = [{ name: "model alone", kind: "none" }];
const only = process.env.TRIAL_RULES?.split(";");
for (const k of [3, 5, 10, 20, 30])
  for (const c of [0, 0.5, 1])
    for (const kind of ["log", "mix"])
      for (const a of kind === "log" ? [0.25, 0.5, 1] : [0.2, 0.35, 0.5])
        for (const guard of [false, true])
          for (const margin of [0, 0.3])
            for (const two of process.env.TRIAL_TOP_TWO === "1" ? [false, true] : [false])
              rules.push({
                name: `${kind} ${a} k${k} c${c} p1${guard ? " g" : ""}${margin ? ` m${margin}` : ""}${two ? " t2" : ""}`,
                two,
                kind,
                a,
                k,
                c,
                p: 1,
                guard,
                margin,
              });
printTrialReport(
  only ? rules.filter((r, i) => i === 0 || only.includes(r.name)) : rules,
  sets,
  decide,
  26,
);
