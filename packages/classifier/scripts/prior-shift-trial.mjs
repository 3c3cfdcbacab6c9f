// Issue #14, twentieth pass (a trial, not wired into the classifier): the beats' priors of a
// batch (one outlet's articles; one desk's stories; the fixtures) re-estimated by EM (Saerens,
// Latinne and Decaestecker 2002) from the model's probabilities at its own temperature, with
// what the twelfth pass lacked: a minimum batch under which nothing moves, a cap on how far a
// beat's log prior may move, and a shift stronger than the log-ratio (l > 1, which is what the
// prior would do to probabilities softer than the temperature's). The oracle (each batch's true
// beat mix as its prior) bounds what any prior can do. Before the rules: how calibrated the
// probabilities are, and how far each wrong answer is from its label (the log-ratio a prior
// would have to supply to flip it).
//
//   npm run build && node scripts/prior-shift-trial.mjs [--model FILE] [--folds 1,0]
//
// Reads the corpus (NEWSDESK_CORPUS); never writes anything.
import { parseArgs } from "node:util";
import { printTrialReport } from "./trial-report.mjs";
import { corpusRows, projectRows, wholeArticleScorer } from "./whole-article-logits.mjs";

const { values: opts } = parseArgs({
  options: { model: { type: "string" }, folds: { type: "string", default: "1" } },
});
const scorer = wholeArticleScorer(opts.model);
const { classes, temperature: T } = scorer;
const K = classes.length;
const folds = opts.folds.split(",").map(Number);

const softmax = (logits, t = T) => {
  const m = Math.max(...logits);
  const e = logits.map((x) => Math.exp((x - m) / t));
  const s = e.reduce((a, b) => a + b, 0);
  return e.map((x) => x / s);
};
const argmax = (xs) => xs.reduce((b, x, k) => (x > xs[b] ? k : b), 0);

const corpus = await corpusRows(scorer, folds);
for (const r of corpus) r.p = softmax(r.logits);
const project = projectRows(scorer);
for (const rows of Object.values(project)) for (const r of rows) r.p = softmax(r.logits);

// The training prior the posteriors assume: their mean over the calibration outlets.
const calibration = corpus.filter((r) => r.fold === 1);
const prior = new Array(K).fill(0);
for (const r of calibration) for (let k = 0; k < K; k++) prior[k] += r.p[k] / calibration.length;

diagnostics();

/** Log prior ratios for a batch under a rule: EM's estimate or the batch's true mix. */
function shiftOf(batch, rule) {
  const shift = new Array(K).fill(0);
  if (batch.length < rule.minBatch) return shift;
  const q = rule.oracle ? trueMix(batch) : emPrior(batch, rule.pull);
  for (let k = 0; k < K; k++) {
    const r = Math.log(Math.max(q[k], 1e-6) / prior[k]);
    shift[k] = rule.l * Math.max(-rule.cap, Math.min(rule.cap, r));
  }
  return shift;
}

/** Saerens et al.'s EM, pulled toward the training prior by `pull` pseudo-articles. */
function emPrior(batch, pull) {
  let q = prior.slice();
  for (let it = 0; it < 100; it++) {
    const sum = prior.map((pk) => pull * pk);
    for (const r of batch) {
      const w = r.p.map((pk, k) => (pk * q[k]) / prior[k]);
      const z = w.reduce((a, b) => a + b, 0);
      for (let k = 0; k < K; k++) sum[k] += w[k] / z;
    }
    const next = sum.map((s) => s / (batch.length + pull));
    const moved = next.reduce((d, x, k) => d + Math.abs(x - q[k]), 0);
    q = next;
    if (moved < 1e-6) break;
  }
  return q;
}

function trueMix(batch) {
  const q = new Array(K).fill(0.5 / batch.length / K);
  for (const r of batch) q[classes.indexOf(r.gold[0])] += 1 / batch.length;
  return q;
}

function batchesOf(rows) {
  const by = new Map();
  for (const r of rows) by.set(r.source, [...(by.get(r.source) ?? []), r]);
  return [...by.values()];
}

const rules = [{ name: "model alone", minBatch: Number.POSITIVE_INFINITY }];
for (const l of [1, 2, 3])
  for (const cap of [0.7, 1.4, Number.POSITIVE_INFINITY])
    rules.push({ name: `oracle l ${l} cap ${cap}`, oracle: true, minBatch: 1, l, cap });
for (const minBatch of [20, 50])
  for (const pull of [0, 10, 30])
    for (const cap of [0.35, 0.7, 1.4, Number.POSITIVE_INFINITY])
      for (const l of [0.5, 1, 2])
        rules.push({
          name: `em n ${minBatch} a ${pull} cap ${cap} l ${l}`,
          minBatch,
          pull,
          cap,
          l,
        });

const sets = [];
for (const fold of folds) {
  const rows = corpus.filter((r) => r.fold === fold);
  sets.push({ name: `fold ${fold}`, rows });
  for (const h of [0, 1])
    sets.push({ name: `fold ${fold}/${h}`, rows: rows.filter((r) => r.half === h) });
}
for (const [name, rows] of Object.entries(project)) sets.push({ name, rows });

// Every rule decides every batch once; the report reads the decisions back per row.
const decided = new Map();
const allRows = [...corpus, ...Object.values(project).flat()];
for (const rule of rules) {
  const out = new Map();
  for (const batch of batchesOf(allRows)) {
    const shift = shiftOf(batch, rule);
    for (const r of batch) out.set(r, classes[argmax(r.logits.map((x, k) => x / T + shift[k]))]);
  }
  decided.set(rule.name, out);
}
printTrialReport(rules, sets, (r, rule) => decided.get(rule.name).get(r), 36);

function diagnostics() {
  const pct = (x) => `${(100 * x).toFixed(1)}%`;
  for (const fold of folds) {
    const rows = corpus.filter((r) => r.fold === fold);
    // Top-label calibration: confidence against accuracy in ten bins (expected calibration error).
    const bins = Array.from({ length: 10 }, () => ({ n: 0, conf: 0, right: 0 }));
    let nll = 0;
    for (const r of rows) {
      const top = argmax(r.p);
      const b = bins[Math.min(9, Math.floor(r.p[top] * 10))];
      b.n++;
      b.conf += r.p[top];
      if (classes[top] === r.gold[0]) b.right++;
      nll -= Math.log(r.p[classes.indexOf(r.gold[0])]);
    }
    const ece = bins.reduce((e, b) => e + Math.abs(b.conf - b.right) / rows.length, 0);
    console.log(
      `fold ${fold}: ${rows.length} articles, NLL ${(nll / rows.length).toFixed(3)} at T ${T}, ECE ${pct(ece)}`,
    );
    console.log(
      `  confidence bins (n, mean confidence, accuracy): ${bins
        .filter((b) => b.n)
        .map((b) => `${b.n} ${pct(b.conf / b.n)} ${pct(b.right / b.n)}`)
        .join("; ")}`,
    );
    // How far each wrong answer is from its label: log(p top / p label), what a prior must undo.
    const gaps = rows
      .filter((r) => classes[argmax(r.p)] !== r.gold[0])
      .map((r) => Math.log(r.p[argmax(r.p)] / r.p[classes.indexOf(r.gold[0])]));
    const within = (c) => gaps.filter((g) => g <= c).length;
    console.log(
      `  ${gaps.length} wrong; log(p top / p label) <= ln 1.5 / ln 2 / ln 4 / ln 10: ${[
        1.5, 2, 4, 10,
      ]
        .map((x) => within(Math.log(x)))
        .join(
          " / ",
        )}; label p < 0.05: ${rows.filter((r) => classes[argmax(r.p)] !== r.gold[0] && r.p[classes.indexOf(r.gold[0])] < 0.05).length}`,
    );
    const batches = batchesOf(rows);
    const sizes = (n) => batches.filter((b) => b.length >= n);
    console.log(
      `  outlets ${batches.length}; with 20+ articles ${sizes(20).length} (${sizes(20).reduce((a, b) => a + b.length, 0)} articles), 50+ ${sizes(50).length} (${sizes(50).reduce((a, b) => a + b.length, 0)})`,
    );
    // Does EM find the mix? Total variation to each outlet's true mix, article-weighted.
    let tvFixed = 0;
    let tvEm = 0;
    for (const b of sizes(20)) {
      const truth = trueMix(b);
      const em = emPrior(b, 0);
      for (let k = 0; k < K; k++) {
        tvFixed += (b.length * Math.abs(truth[k] - prior[k])) / 2;
        tvEm += (b.length * Math.abs(truth[k] - em[k])) / 2;
      }
    }
    const n20 = sizes(20).reduce((a, b) => a + b.length, 0);
    console.log(
      `  total variation to the true mix (outlets of 20+): training prior ${(tvFixed / n20).toFixed(3)}, EM ${(tvEm / n20).toFixed(3)}`,
    );
  }
}
