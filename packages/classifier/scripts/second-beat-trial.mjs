// Issue #14, twenty-fourth pass: which second beats to list, with the member's probabilities.
// The committed model, combiner and member decide the primary beat as the classifier does; the
// member is then scored on every article (the classifier runs it only where it can overturn the
// model), and rules for listing a further beat are measured: the share of articles showing one,
// the label's beat among those (second-beat precision) and the label among all listed beats.
//
//   npm run build && node scripts/second-beat-trial.mjs [--folds 1] [--dump FILE] [--member FILE]
//
// Reads the corpus (NEWSDESK_CORPUS), the fixtures, the desk check and the reference dump; fold 0
// only when --folds names it. Never writes anything but --dump (per-article numbers, no text).
import { readFileSync, writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { compileBeatMember, scoreBeatMember } from "../dist/beat-member.js";
import { softmax } from "../dist/beat-model.js";
import { compileParts } from "../dist/create-classifier.js";
import { combinedLogits, createBeatDecider } from "../dist/decide-beats.js";
import { loadDeskLabels } from "../dist/eval/desk-labels.js";
import { loadBeatCombiner, loadBeatMember } from "../dist/load-data.js";
import { articleInputs, byHalf, scoredTrialRows } from "./trial-measured-sets.mjs";

const { values: opts } = parseArgs({
  options: {
    folds: { type: "string", default: "1" },
    dump: { type: "string" },
    member: { type: "string" },
  },
});
const folds = opts.folds.split(",").map(Number);

const parts = compileParts();
const member = compileBeatMember(
  opts.member ? JSON.parse(readFileSync(opts.member, "utf8")) : loadBeatMember(),
);
const combiner = loadBeatCombiner();
const decider = createBeatDecider(parts.model, parts.lexicon, combiner, member);
const ids = decider.beats.map((b) => parts.lexicon.beats[b]?.id ?? "");
const B = ids.length;
const guardedBeat = ids.map((id) => member.guarded[member.classes.indexOf(id)] === 1);

/** p: the classifier's beat probabilities (by decider.beats); q: the member's, 0 where it has none. */
function scoresOf(article) {
  const { zones, inputs, overturned } = articleInputs(parts, decider, article);
  const p = Array.from(softmax(combinedLogits(decider, inputs), decider.combiner.temperature));
  const qm = scoreBeatMember(member, zones);
  const q = ids.map((id) => {
    const k = member.classes.indexOf(id);
    return k >= 0 ? qm[k] : 0;
  });
  return { p, q, overturned: overturned !== undefined };
}

const rows = await scoredTrialRows(folds, scoresOf);
if (folds.includes(0)) {
  // The desk-labelled slice: a desk's primary and acceptable second, against the listed beats.
  const desk = new Map((loadDeskLabels() ?? []).map((d) => [d.id, d]));
  for (const r of rows) {
    const d = r.set === "fold 0" ? desk.get(r.id) : undefined;
    if (d) r.desk = [d.beat, d.also].filter(Boolean);
  }
}
if (opts.dump) writeFileSync(opts.dump, JSON.stringify({ ids, rows }));

const argmax = (xs) => xs.reduce((b, x, k) => (x > xs[b] ? k : b), 0);
const pct = (x) => (Number.isFinite(x) ? `${(100 * x).toFixed(1)}%` : "-");

// The rules: each lists, after the primary beat, the beats (up to two) its score admits.
const rules = [];
for (const t of [0.2, 0.25, 0.3, 0.35])
  rules.push({ name: `p >= ${t}`, score: (r, k) => r.p[k], t });
for (const a of [0.2, 0.35, 0.5])
  for (const t of [0.2, 0.25, 0.3])
    rules.push({
      name: `mix ${a}: m >= ${t}`,
      score: (r, k) => (1 - a) * r.p[k] + a * r.q[k],
      t,
    });
for (const a of [0.35, 0.5])
  for (const t of [0.2, 0.25, 0.3])
    rules.push({
      name: `mix ${a} g: m >= ${t}`,
      // Beats the member is not taught (guarded) keep the model's own probability.
      score: (r, k) => (guardedBeat[k] ? r.p[k] : (1 - a) * r.p[k] + a * r.q[k]),
      t,
    });
for (const tq of [0.1, 0.15, 0.2])
  for (const t of [0.15, 0.2, 0.25])
    rules.push({
      name: `p >= ${t} and q >= ${tq}`,
      score: (r, k) => (r.q[k] >= tq || guardedBeat[k] ? r.p[k] : 0),
      t,
    });
for (const t of [0.15, 0.2, 0.25])
  rules.push({ name: `sqrt(pq) >= ${t}`, score: (r, k) => Math.sqrt(r.p[k] * r.q[k]), t });

// The member's mix where the model gives a beat at least `floor` (the runtime runs the member
// only then), never where it overturned the model ("as main": the model's listing stands there).
const second = (r) => [...r.p].sort((x, y) => y - x)[1];
const mixAt = (r, k, floor, a = 0.35) =>
  !r.overturned && second(r) >= floor && r.p[k] >= floor ? (1 - a) * r.p[k] + a * r.q[k] : r.p[k];
for (const floor of [0.05, 0.1, 0.15]) {
  rules.push({
    name: `m >= 0.25, fl ${floor}, as main`,
    score: (r, k) => mixAt(r, k, floor),
    t: 0.25,
  });
  for (const t of [0.25, 0.3])
    rules.push({
      // Adds only: a beat the model lists at p >= 0.25 stays (the chosen rule: floor 0.1, t 0.25).
      name: `p>=.25 or m>=${t}, fl ${floor}`,
      score: (r, k) => (r.p[k] >= 0.25 ? Math.max(r.p[k], t) : mixAt(r, k, floor)),
      t,
    });
}

function listed(rule, r) {
  const first = argmax(r.p);
  const rest = [];
  for (let k = 0; k < B; k++) if (k !== first && rule.score(r, k) >= rule.t) rest.push(k);
  rest.sort((x, y) => rule.score(r, y) - rule.score(r, x));
  return [first, ...rest.slice(0, 2)].map((k) => ids[k]);
}

function measure(rule, rs, goldOf = (r) => r.gold) {
  let shown = 0;
  let right = 0;
  let listedRight = 0;
  let extra = 0;
  for (const r of rs) {
    const gold = goldOf(r);
    const l = listed(rule, r);
    if (l.length > 1) shown++;
    extra += l.length - 1;
    if (l.slice(1).some((b) => gold.includes(b))) right++;
    if (l.some((b) => gold.includes(b))) listedRight++;
  }
  return {
    shown: shown / rs.length,
    precision: right / shown,
    listed: listedRight / rs.length,
    extra,
  };
}

for (const set of [...folds.map((f) => `fold ${f}`)]) {
  const rs = rows.filter((r) => r.set === set);
  const acc = rs.filter((r) => r.gold.includes(ids[argmax(r.p)])).length / rs.length;
  console.log(`\n== ${set}: ${rs.length} articles, primary ${pct(acc)}`);
  console.log(
    "rule                          shown   precision  listed   | half 0: shown prec listed | half 1: shown prec listed",
  );
  for (const rule of rules) {
    const m = measure(rule, rs);
    const h = byHalf(rs, (half) => measure(rule, half));
    console.log(
      `${rule.name.padEnd(28)} ${pct(m.shown).padStart(6)} ${pct(m.precision).padStart(9)} ${pct(m.listed).padStart(8)}   | ${h.map((x) => `${pct(x.shown)} ${pct(x.precision)} ${pct(x.listed)}`).join(" | ")}`,
    );
  }
  const withDesk = rs.filter((r) => r.desk);
  if (withDesk.length > 0) {
    console.log(`-- desk-labelled slice (${withDesk.length}): against the desk's two beats`);
    for (const rule of rules) {
      const m = measure(rule, withDesk, (r) => r.desk);
      console.log(
        `${rule.name.padEnd(28)} ${pct(m.shown).padStart(6)} ${pct(m.precision).padStart(9)} ${pct(m.listed).padStart(8)}`,
      );
    }
  }
}

// The project's sets: every listed beat against the acceptable set (the eval's beat table).
for (const set of ["fixtures", "desk", "reference"]) {
  const rs = rows.filter((r) => r.set === set);
  console.log(`\n== ${set}: ${rs.length} articles (listed beats: tp / fp / fn, precision, recall)`);
  for (const rule of rules) {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    for (const r of rs) {
      const l = listed(rule, r);
      for (const b of l)
        if (r.gold.includes(b)) tp++;
        else fp++;
      for (const g of r.gold) if (!l.includes(g)) fn++;
    }
    console.log(
      `${rule.name.padEnd(28)} ${tp} / ${fp} / ${fn}  ${pct(tp / (tp + fp))} ${pct(tp / (tp + fn))}`,
    );
  }
}

// The calibration outlets' confusions: the primary beat against the label, by pair.
for (const set of folds.map((f) => `fold ${f}`)) {
  const pairs = new Map();
  let wrong = 0;
  let overturned = 0;
  for (const r of rows.filter((x) => x.set === set)) {
    if (r.overturned) overturned++;
    const got = ids[argmax(r.p)];
    if (r.gold.includes(got)) continue;
    wrong++;
    const key = `${r.gold[0].split("-")[0]} -> ${got.split("-")[0]}`;
    pairs.set(key, (pairs.get(key) ?? 0) + 1);
  }
  console.log(`\n== ${set}: ${wrong} wrong, the member overturned ${overturned}; label -> primary`);
  for (const [k, n] of [...pairs].sort((a, b) => b[1] - a[1]).slice(0, 14))
    console.log(`  ${k.padEnd(30)} ${n}`);
}
