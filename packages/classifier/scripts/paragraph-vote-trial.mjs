// Issue #14, fourteenth pass (a trial, not wired into the classifier): the beat a story is
// "mostly about" as a vote of its paragraphs. Each unit (the top: headline, dek, dateline and
// lede; then every body paragraph alone) is scored by the same beat model (its words and
// phrases, scaled to unit length as an article's are, plus the whole article's lexicon input
// and the bias), its probabilities weighted by position, and the weighted mean P is joined to
// the whole article's logits as L + alpha * log(P) (alpha "inf": P alone decides).
//
//   npm run build && node scripts/paragraph-vote-trial.mjs [--model FILE] [--folds 1,0]
//
// Prints, per setting, accuracy and macro-F1 (beats with 30+ articles, as `npm run eval`) on
// the chosen folds, and the primary beat's hits on the fixtures, the desk check and the
// reference dump. --model scores with another beat model (dist/unseen-beat-model.json: the
// fixtures a model never saw). Reads the corpus (NEWSDESK_CORPUS); never writes anything.
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { compileBeatModel, scoreBeatModel, softmax } from "../dist/beat-model.js";
import { compileParts } from "../dist/create-classifier.js";
import {
  DEFAULT_CORPUS,
  readCorpus,
  sourceFold,
  sourceHash,
} from "../dist/eval/corpus-articles.js";
import { loadDeskCheck } from "../dist/eval/desk-check-set.js";
import { loadFixtureArticles } from "../dist/eval/fixture-articles.js";
import { loadReferenceDump } from "../dist/eval/reference-dump.js";
import { tallyBeats } from "../dist/score-beats.js";
import { splitZones } from "../dist/zones.js";
import { printTrialReport } from "./trial-report.mjs";

const { values: opts } = parseArgs({
  options: {
    model: { type: "string" },
    folds: { type: "string", default: "1" },
    corpus: { type: "string" },
  },
});
const parts = compileParts();
const model = opts.model
  ? compileBeatModel(JSON.parse(readFileSync(opts.model, "utf8")), parts.words)
  : parts.model;
const { lexicon, words: wordIds } = parts;
const K = model.classes.length;
const T = model.temperature;
const lexiconOfClass = model.classes.map((c) =>
  lexicon.beats.findIndex((b, i) => b.id === c && lexicon.parents[i] === -1),
);

/** Whole-article logits and, per unit, its logits and its position (0: the top). */
function unitsOf(article) {
  const zones = splitZones(article, wordIds);
  let words = 0;
  for (const z of zones) if (z.kind === "lede" || z.kind === "body") words += z.tokens.length;
  const tally = tallyBeats(zones, lexicon);
  const lexiconRaw = lexiconOfClass.map((b) => (b >= 0 ? (tally.raw[b] ?? 0) : 0));
  const whole = scoreBeatModel(model, zones, lexiconRaw, words).logits;
  const top = zones.filter((z) => z.kind !== "body");
  const units = [];
  if (top.length > 0) units.push({ at: 0, size: count(top), logits: logitsOf(top) });
  for (const z of zones) {
    if (z.kind !== "body") continue;
    units.push({ at: z.paragraph, size: count([z]), logits: logitsOf([z]) });
  }
  return { whole, units };
  function logitsOf(zs) {
    return scoreBeatModel(model, zs, lexiconRaw, words).logits;
  }
}
const count = (zs) => zs.reduce((n, z) => n + z.tokens.length, 0);

/** The primary class under one setting. */
function decide({ whole, units }, s) {
  const p = new Float64Array(K);
  let total = 0;
  for (const u of units) {
    if (u.size < s.minWords) continue;
    const w = (u.at === 0 ? s.top : 1 / (1 + u.at / s.half)) * (s.bySize ? Math.sqrt(u.size) : 1);
    // "mean": the units' probabilities averaged; "logits": their logits (a geometric mean).
    const q = s.mode === "logits" ? u.logits : softmax(u.logits, T);
    for (let k = 0; k < K; k++) p[k] += w * q[k];
    total += w;
  }
  let best = 0;
  let bestScore = Number.NEGATIVE_INFINITY;
  for (let k = 0; k < K; k++) {
    const mean = total > 0 ? p[k] / total : 0;
    const vote = s.mode === "logits" ? mean / T : total > 0 ? Math.log(mean + 1e-9) : 0;
    const score = s.alpha === Number.POSITIVE_INFINITY ? vote : whole[k] + s.alpha * vote;
    if (score > bestScore) {
      bestScore = score;
      best = k;
    }
  }
  return model.classes[best];
}

const settings = [
  { name: "model alone", alpha: 0, top: 1, half: 1e9, minWords: 0, bySize: false, mode: "mean" },
];
for (const mode of ["mean", "logits"])
  for (const alpha of mode === "mean"
    ? [0.25, 0.5, 1, 2, Number.POSITIVE_INFINITY]
    : [0.25, 0.5, 1]) {
    for (const [top, half] of [
      [1, 1e9],
      [2, 1e9],
      [2, 4],
      [3, 2],
    ]) {
      for (const bySize of [false, true]) {
        settings.push({
          name: `${mode} alpha ${alpha} top ${top} half ${half === 1e9 ? "-" : half}${bySize ? " sqrt-size" : ""}`,
          alpha,
          top,
          half,
          minWords: 8,
          bySize,
          mode,
        });
      }
    }
  }

const sets = [];
const corpusPath = opts.corpus ?? DEFAULT_CORPUS;
if (existsSync(corpusPath)) {
  const corpus = await readCorpus(corpusPath);
  for (const fold of opts.folds.split(",").map(Number)) {
    const rows = corpus
      .filter((c) => c.beat && sourceFold(c.source) === fold)
      .map((c) => ({
        gold: [c.beat],
        half: Math.floor(sourceHash(c.source) / 5) % 2,
        scored: unitsOf(c.article),
      }));
    sets.push({ name: `fold ${fold}`, rows });
    // The fold's outlets in two halves: a setting chosen on one half, measured on the other.
    for (const h of [0, 1]) {
      sets.push({ name: `fold ${fold}/${h}`, rows: rows.filter((r) => r.half === h) });
    }
  }
}
const fixturesDir = fileURLToPath(new URL("../../../fixtures/articles/", import.meta.url));
sets.push({
  name: "fixtures",
  rows: loadFixtureArticles(fixturesDir).map((f) => ({
    gold: f.beats,
    scored: unitsOf(f.article),
  })),
});
sets.push({
  name: "desk check",
  rows: loadDeskCheck().map((s) => ({ gold: [s.beat], scored: unitsOf(s.article) })),
});
sets.push({
  name: "reference",
  rows: loadReferenceDump().map((r) => ({ gold: r.beats, scored: unitsOf(r.article) })),
});

printTrialReport(settings, sets, (r, s) => decide(r.scored, s), 36);
