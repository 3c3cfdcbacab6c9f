// Issue #14, twenty-seventh pass: a residual member. The committed member is fitted on its own
// and mixed with the model (0.65 p + 0.35 q, overturning only); here a member of the same form
// (hashed words, phrases and headline words, 2^16 buckets of 16) is fitted on top of the model:
// its logits are added to the log-probabilities of a model that never saw the article (out of
// fold), so it learns what the model gets wrong on new outlets, not the labels again. At run
// time it would add to the committed model's log-probabilities: log p + l log r.
//
//   npm run build
//   npm run train:model -- --no-fixtures --leave-out-fold N --out DIR/oofN.json   (N = 2, 3, 4)
//   npm run train:model -- --no-fixtures --out DIR/unseen-beat-model.json
//   npm run train:member   (writes dist/unseen-beat-member.json; `git checkout -- data` after)
//   TRIAL_DIR=DIR node scripts/residual-member-trial.mjs
//
// The fitted outlets' rows (folds 2-4) take the out-of-fold model's log-probabilities as their
// offset; the fixtures' rows (the member shipped) the model's without fixtures. The member
// without fixtures (for the unseen columns) is fitted on the corpus rows alone and measured with
// the model without fixtures. TRIAL_EPOCHS (10), TRIAL_LR (0.02), TRIAL_FOLD0=1 (the held-out
// outlets too: read once, for a rule already chosen). Writes nothing.
import { readFileSync } from "node:fs";
import { compileBeatMember, scoreBeatMember } from "../dist/beat-member.js";
import { compileBeatModel, scoreBeatModel } from "../dist/beat-model.js";
import { compileParts } from "../dist/create-classifier.js";
import { beatMetrics } from "../dist/eval/beat-metrics.js";
import { loadBeatMember } from "../dist/load-data.js";
import { tallyBeats } from "../dist/score-beats.js";
import { fitBeatMember, memberBuckets } from "../dist/train/fit-beat-member.js";
import { medianClassWeights } from "../dist/train/median-class-weights.js";
import { readModelOptions } from "../dist/train/model/model-options.js";
import { readTrainingSetup } from "../dist/train/model/training-setup.js";
import { splitZones } from "../dist/zones.js";
import { byHalf, scoredTrialRows } from "./trial-measured-sets.mjs";

const dir = process.env.TRIAL_DIR ?? "/tmp";
const EPOCHS = Number(process.env.TRIAL_EPOCHS ?? 10);
const LR = Number(process.env.TRIAL_LR ?? 0.02);
const readJson = (p) => JSON.parse(readFileSync(p, "utf8"));
const parts = compileParts();
const { words, lexicon } = parts;
const load = (file) => compileBeatModel(readJson(file), words);
const committed = parts.model;
const unseen = load(`${dir}/unseen-beat-model.json`);
const oof = {
  2: load(`${dir}/oof2.json`),
  3: load(`${dir}/oof3.json`),
  4: load(`${dir}/oof4.json`),
};
const classes = committed.classes;
const C = classes.length;
for (const m of [unseen, ...Object.values(oof)]) {
  if (m.classes.join() !== classes.join()) throw new Error("models' classes differ");
}
const lexiconOfClass = classes.map((c) =>
  lexicon.beats.findIndex((b, i) => b.id === c && lexicon.parents[i] === -1),
);

/** log p of `model` (its logits at its temperature) for an article's zones and tally. */
function logP(model, zones, tally, n) {
  const raw = lexiconOfClass.map((b) => (b >= 0 ? (tally.raw[b] ?? 0) : 0));
  const L = scoreBeatModel(model, zones, raw, n).logits;
  const T = model.temperature;
  let max = Number.NEGATIVE_INFINITY;
  for (const x of L) max = Math.max(max, x / T);
  let s = 0;
  for (const x of L) s += Math.exp(x / T - max);
  return Array.from(L, (x) => x / T - max - Math.log(s));
}
function read(article) {
  const zones = splitZones(article, words);
  let n = 0;
  for (const z of zones) if (z.kind === "lede" || z.kind === "body") n += z.tokens.length;
  return { zones, tally: tallyBeats(zones, lexicon), n };
}

// Training rows: the runtime's buckets, as the member trainer counts them, with an offset.
const mainMemberData = loadBeatMember();
const walker = compileBeatMember(mainMemberData);
const options = readModelOptions();
const { settings } = options;
const setup = await readTrainingSetup({ ...options, useFixtures: true });
if (setup.classes.join() !== classes.join()) throw new Error("trainer's classes differ");
const size = new Array(C).fill(0);
for (const l of setup.labeled) size[l.label] += 1;
const classWeight = medianClassWeights(size, settings.classPower, settings.maxClassWeight);
const rows = [];
for (const l of setup.labeled) {
  if (l.fold === 0 || l.fold === 1 || l.fold === -2) continue;
  const { zones, tally, n: count } = read(l.article);
  const offset = logP(l.fold === -1 ? unseen : oof[l.fold], zones, tally, count);
  const { index, value } = memberBuckets(walker, zones);
  rows.push({
    index,
    value,
    offset,
    label: l.label,
    fold: l.fold,
    weight: l.weight * classWeight[l.label],
  });
}
const corpusRows = rows.filter((r) => r.fold >= 2);
const oofRight = corpusRows.filter((r) => r.offset.indexOf(Math.max(...r.offset)) === r.label);
console.log(
  `${rows.length} rows (${corpusRows.length} corpus); out-of-fold model right on ${((100 * oofRight.length) / corpusRows.length).toFixed(1)}%`,
);

/** The member trainer's fit (fit-beat-member.ts): each row's logits start at its offset. */
const fit = (rs) =>
  compileBeatMember({
    ...mainMemberData,
    ...fitBeatMember(rs, {
      classes: C,
      bits: mainMemberData.bits,
      dim: mainMemberData.dim,
      epochs: EPOCHS,
      learningRate: LR,
      seed: settings.seed,
    }),
  });
const started = Date.now();
const residual = fit(rows);
const residualUnseen = fit(corpusRows);
console.log(`two fits in ${Math.round((Date.now() - started) / 1000)} s`);

const mainMember = walker;
const unseenMember = compileBeatMember(readJson("dist/unseen-beat-member.json"));
const logOf = (q) => Array.from(q, (x) => Math.log(Math.max(x, 1e-12)));
function scoresOf(article) {
  const { zones, tally, n } = read(article);
  return {
    words: n,
    seen: {
      lp: logP(committed, zones, tally, n),
      q: Array.from(scoreBeatMember(mainMember, zones)),
      lr: logOf(scoreBeatMember(residual, zones)),
    },
    unseen: {
      lp: logP(unseen, zones, tally, n),
      q: Array.from(scoreBeatMember(unseenMember, zones)),
      lr: logOf(scoreBeatMember(residualUnseen, zones)),
    },
  };
}
const folds = process.env.TRIAL_FOLD0 === "1" ? [1, 0] : [1];
const evalRows = await scoredTrialRows(folds, scoresOf);

const guarded = mainMember.guarded;
const PAIRS = new Set([
  "politics",
  "conflict-war-peace",
  "economy-business-finance",
  "health",
  "crime-law-justice",
  "society",
]);
const argmax = (xs) => xs.reduce((b, x, i) => (x > xs[b] ? i : b), 0);
/** Main's overturning rule on log-probabilities lp: the primary class. */
function memberRule(lp, q, a = 0.35) {
  const p = lp.map(Math.exp);
  const s = p.reduce((x, y) => x + y, 0);
  for (let k = 0; k < C; k++) p[k] /= s;
  let top = argmax(p);
  let second = top === 0 ? 1 : 0;
  for (let k = 0; k < C; k++) if (k !== top && p[k] > p[second]) second = k;
  if (a > 0 && guarded[top] !== 1 && (1 - a) * (p[top] - p[second]) <= a * 0.99) {
    const m = p.map((x, k) => (1 - a) * x + a * (0.99 * q[k] + 0.01 / C));
    top = argmax(m);
  }
  return top;
}
/** The residual at share l: log p + l log r, with a guard. */
function residualRule(s, l, guard, member) {
  const top = argmax(s.lp);
  if (guard === "rare" && guarded[top] === 1) return member ? memberRule(s.lp, s.q) : top;
  const lp = s.lp.map((x, k) => x + l * s.lr[k]);
  const to = argmax(lp);
  if (guard === "pairs" && !(PAIRS.has(classes[top]) && PAIRS.has(classes[to])))
    return member ? memberRule(s.lp, s.q) : top;
  return member ? memberRule(lp, s.q) : to;
}
const rules = [
  { name: "model alone", pick: (s) => argmax(s.lp) },
  { name: "main: member 0.35", pick: (s) => memberRule(s.lp, s.q) },
];
for (const l of [0.25, 0.5, 0.75, 1])
  for (const guard of ["none", "rare", "pairs"])
    for (const member of [false, true])
      rules.push({
        name: `residual ${l} ${guard}${member ? " + member" : ""}`,
        pick: (s) => residualRule(s, l, guard, member),
      });

const pct = (x) => `${(100 * x).toFixed(1)}%`;
function measure(rule, rs, view) {
  const got = rs.map((r) => classes[rule.pick(r[view])]);
  const right = rs.filter((r, i) => r.gold.includes(got[i])).length;
  const f1 = beatMetrics(rs.map((r, i) => ({ gold: r.gold, predicted: got[i] }))).macroF1;
  return { acc: right / rs.length, f1, right, n: rs.length };
}
const of = (set) => evalRows.filter((r) => r.set === set);
console.log(
  "rule | fold 1 | half 0 | half 1 | fixtures desk reference | unseen: fixtures desk reference" +
    (folds.includes(0) ? " | fold 0" : ""),
);
for (const rule of rules) {
  const f1rows = of("fold 1");
  const m = measure(rule, f1rows, "seen");
  const h = byHalf(f1rows, (x) => measure(rule, x, "seen"));
  const sets = ["fixtures", "desk", "reference"].map((s) => measure(rule, of(s), "seen"));
  const un = ["fixtures", "desk", "reference"].map((s) => measure(rule, of(s), "unseen"));
  let line = `${rule.name.padEnd(30)} ${pct(m.acc)} / ${pct(m.f1)} | ${h.map((x) => `${pct(x.acc)} / ${pct(x.f1)}`).join(" | ")} | ${sets.map((x) => `${x.right}/${x.n}`).join(" ")} | ${un.map((x) => `${x.right}/${x.n}`).join(" ")}`;
  if (folds.includes(0)) {
    const f0 = measure(rule, of("fold 0"), "seen");
    line += ` | ${pct(f0.acc)} / ${pct(f0.f1)}`;
  }
  console.log(line);
}
