import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import {
  type BeatCombinerData,
  COMBINER_INPUTS,
  identityCombiner,
  modelFingerprint,
} from "../beat-combiner.js";
import { compileTaxonomy } from "../beat-lexicon.js";
import { type BeatModelData, compileBeatModel, softmax } from "../beat-model.js";
import {
  type BeatDecider,
  beatInputs,
  combinedLogits,
  createBeatDecider,
} from "../decide-beats.js";
import { DEFAULT_CORPUS, readCorpusOrExit, sourceHash } from "../eval/corpus-articles.js";
import { loadFixtureArticles } from "../eval/fixture-articles.js";
import { numberListOption, numberOption, readScriptOptions } from "../eval/script-options.js";
import { loadBundledData } from "../load-data.js";
import { tallyBeats } from "../score-beats.js";
import type { ClassifiableArticle } from "../types.js";
import { WordIds } from "../word-ids.js";
import { splitZones } from "../zones.js";
import { type CombinerRow, combinerLogits, fitCombiner } from "./fit-combiner.js";

// Learns data/beat-combiner.json: how the beat model's logits and the lexicon's evidence make
// the beat scores (its options: USAGE below).
// It learns on the calibration outlets (fold 1), which data/beat-model.json never saw, and on
// the fixtures scored by a model that never saw them (--unseen: `npm run train:model -- --no-fixtures
// --out FILE`), so every row looks like an article from a new newsroom. Settings, temperature and
// the second-beat threshold are chosen on those rows by cross-validation (five groups of
// outlets, five of fixtures); the held-out outlets (fold 0) are only reported.
// The combiner reads the model's logits: learn it again whenever data/beat-model.json changes.
const USAGE =
  "npm run train:combine -- --unseen FILE [--corpus PATH] [--out FILE] [--sweep --l2s X,Y --powers X,Y --fixture-weights X,Y] [--l2 X] [--class-power X] [--fixture-weight X] [--iterations N] [--margin X] [--rare N]";
const text = { type: "string" } as const;
const { values: opts } = readScriptOptions(USAGE, {
  unseen: text,
  corpus: text,
  out: text,
  sweep: { type: "boolean" },
  l2s: text,
  powers: text,
  "fixture-weights": text,
  l2: text,
  "class-power": text,
  "fixture-weight": text,
  iterations: text,
  margin: text,
  rare: text,
});
const option = (name: keyof typeof opts, fallback: number) =>
  numberOption(opts[name] as string | undefined, name, fallback, USAGE);
const list = (name: keyof typeof opts, fallback: number) =>
  numberListOption(opts[name] as string | undefined, name, fallback, USAGE);
const settings = {
  // Chosen with --sweep on the calibration outlets (l2 0.1-3, class power 0-0.5, fixture
  // weight 2-8): see the package README.
  l2: option("l2", 1),
  classPower: option("class-power", 0.5),
  fixtureWeight: option("fixture-weight", 4),
  iterations: option("iterations", 250),
  maxClassWeight: 4,
};
const GROUPS = 5;
/** Beats with fewer rows than this keep the model's bias: too few to learn one from. */
const RARE = option("rare", 10);

const unseenPath = opts.unseen;
if (!unseenPath || !existsSync(unseenPath)) {
  console.error(
    `${unseenPath ? `no beat model at ${unseenPath}: ` : ""}pass --unseen FILE: a beat model trained without the fixtures (npm run train:model -- --no-fixtures --out FILE), so the fixtures are scored as articles it never saw`,
  );
  process.exit(1);
}
const out = opts.out ?? fileURLToPath(new URL("../../data/beat-combiner.json", import.meta.url));
const readModel = (path: string) => JSON.parse(readFileSync(path, "utf8")) as BeatModelData;

const data = loadBundledData();
const words = new WordIds();
const lexicon = compileTaxonomy(data.taxonomy, words);
const committed = createBeatDecider(compileBeatModel(data.beatModel, words), lexicon);
const unseen = createBeatDecider(compileBeatModel(readModel(unseenPath), words), lexicon);
const beatIds = committed.beats.map((b) => lexicon.beats[b]?.id ?? "");
const B = beatIds.length;
const beatIndex = new Map(beatIds.map((id, i) => [id, i]));

interface Row extends CombinerRow {
  /** Beats acceptable as the primary one (by index); the label is the first. */
  gold: number[];
  group: number;
  /** -1 fixtures, else the outlet's fold. */
  fold: number;
  /** The lexicon matched one of the words a desk would not trust alone. */
  ambiguous: boolean;
  /** The model's decision with its lexicon prior taken out. */
  textOnly: number;
}

const AMBIGUOUS = new Set(["game", "games", "score", "scored", "draw", "court", "courts"]);
function toRow(
  decider: BeatDecider,
  article: ClassifiableArticle,
  gold: number[],
  fold: number,
  group: number,
): Row {
  const zones = splitZones(article, words);
  let n = 0;
  for (const z of zones) if (z.kind === "lede" || z.kind === "body") n += z.tokens.length;
  const tally = tallyBeats(zones, lexicon);
  const { inputs, scores } = beatInputs(decider, zones, tally, n);
  const { model } = decider;
  const K = model.classes.length;
  const text = decider.beats.map((b) => {
    const k = decider.classOfBeat.get(b);
    if (k === undefined) return Number.NEGATIVE_INFINITY;
    let s = scores.logits[k] ?? 0;
    for (let j = 0; j < K; j++) s -= (model.lexicon[k * K + j] ?? 0) * (scores.lexicon[j] ?? 0);
    return s;
  });
  return {
    inputs,
    label: gold[0] ?? 0,
    gold,
    weight: 1,
    group,
    fold,
    ambiguous: tally.matches.some((m) => m.size === 1 && AMBIGUOUS.has(m.words[0] ?? "")),
    textOnly: argmax(text),
  };
}

const argmax = (x: ArrayLike<number>) => {
  let best = 0;
  for (let k = 1; k < x.length; k++) if ((x[k] ?? 0) > (x[best] ?? 0)) best = k;
  return best;
};

const corpus = await readCorpusOrExit(opts.corpus ?? DEFAULT_CORPUS);
const rows: Row[] = [];
const test: Row[] = [];
for (const c of corpus) {
  const label = c.beat === null ? undefined : beatIndex.get(c.beat);
  const h = sourceHash(c.source);
  const fold = h % 5;
  if (label === undefined || fold > 1) continue;
  const row = toRow(committed, c.article, [label], fold, Math.floor(h / 5) % GROUPS);
  (fold === 0 ? test : rows).push(row);
}
const fixturesDir = fileURLToPath(new URL("../../../../fixtures/articles/", import.meta.url));
for (const f of loadFixtureArticles(fixturesDir)) {
  const gold = f.beats.map((b) => beatIndex.get(b)).filter((i) => i !== undefined);
  if (gold.length === 0) continue;
  rows.push(toRow(unseen, f.article, gold, -1, sourceHash(f.id) % GROUPS));
}
const validation = rows.filter((r) => r.fold === 1);
const fixtures = rows.filter((r) => r.fold === -1);
console.log(
  `${validation.length} calibration-outlet articles, ${fixtures.length} fixtures, ${test.length} held-out articles (reported only)`,
);

const support = new Array<number>(B).fill(0);
for (const r of rows) support[r.label] = (support[r.label] ?? 0) + 1;
console.log(`rows per beat: ${beatIds.map((id, i) => `${id} ${support[i]}`).join(", ")}`);
const frozen = new Set(beatIds.map((_, i) => i).filter((i) => (support[i] ?? 0) < RARE));

function weigh(power: number, fixtureWeight: number) {
  const sorted = support.filter((n) => n > 0).sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)] ?? 1;
  const classWeight = support.map((n) =>
    n > 0 ? Math.min(settings.maxClassWeight, (median / n) ** power) : 1,
  );
  for (const r of rows)
    r.weight = (classWeight[r.label] ?? 1) * (r.fold === -1 ? fixtureWeight : 1);
}

/** Each row's logits from a fit that never saw its group. */
function crossValidated(l2: number): Float64Array[] {
  const logits: Float64Array[] = new Array(rows.length);
  for (let g = 0; g < GROUPS; g++) {
    const fit = fitCombiner(
      rows.filter((r) => r.group !== g),
      B,
      { l2, iterations: settings.iterations, frozen },
    );
    rows.forEach((r, i) => {
      if (r.group === g) logits[i] = combinerLogits(fit, r.inputs, B);
    });
  }
  return logits;
}

/** Accuracy, and macro-F1 over beats with 30+ articles, as `npm run eval` counts them. */
function score(rs: Row[], predicted: number[]) {
  const tp = new Float64Array(B);
  const said = new Float64Array(B);
  const sup = new Float64Array(B);
  let right = 0;
  rs.forEach((r, i) => {
    const p = predicted[i] ?? 0;
    const ok = r.gold.includes(p);
    const gold = ok ? p : r.label;
    sup[gold] = (sup[gold] ?? 0) + 1;
    said[p] = (said[p] ?? 0) + 1;
    if (ok) {
      right++;
      tp[p] = (tp[p] ?? 0) + 1;
    }
  });
  let f1 = 0;
  let counted = 0;
  for (let k = 0; k < B; k++) {
    if ((sup[k] ?? 0) < 30) continue;
    f1 += (2 * (tp[k] ?? 0)) / ((said[k] ?? 0) + (sup[k] ?? 0));
    counted++;
  }
  return { accuracy: right / Math.max(1, rs.length), macroF1: counted ? f1 / counted : Number.NaN };
}
const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
const describe = (name: string, rs: Row[], predicted: number[]) => {
  const s = score(rs, predicted);
  return `${name} ${pct(s.accuracy)}${Number.isNaN(s.macroF1) ? "" : ` (macro-F1 ${pct(s.macroF1)})`}`;
};

// Before: the model's own logits (the identity combiner).
const identity = createBeatDecider(committed.model, lexicon, identityCombiner(1)).combiner;
const modelOnly = (rs: Row[]) =>
  rs.map((r) => argmax(combinedLogits({ ...committed, combiner: identity }, r.inputs)));
console.log(
  `the model alone: ${describe("calibration outlets", validation, modelOnly(validation))}, ${describe("fixtures (unseen model)", fixtures, modelOnly(fixtures))}, ${describe("held-out outlets", test, modelOnly(test))}`,
);

// The model alone is the first candidate: a learned combination replaces it only when it gains
// more than MARGIN (accuracy + macro-F1, cross-validated on the calibration outlets), about
// the noise of 3,300 articles from 50-odd outlets.
const MARGIN = option("margin", 0.01);
const identityLogits = rows.map((r) =>
  combinedLogits({ ...committed, combiner: identity }, r.inputs),
);
const aloneScore = score(validation, modelOnly(validation));
let chosen: { l2: number; classPower: number; fixtureWeight: number } | null = null;
let best = aloneScore.accuracy + aloneScore.macroF1 + MARGIN;
let cv: Float64Array[] = identityLogits;
const sweep = opts.sweep === true;
for (const l2 of sweep ? list("l2s", settings.l2) : [settings.l2]) {
  for (const classPower of sweep ? list("powers", settings.classPower) : [settings.classPower]) {
    for (const fixtureWeight of sweep
      ? list("fixture-weights", settings.fixtureWeight)
      : [settings.fixtureWeight]) {
      weigh(classPower, fixtureWeight);
      const logits = crossValidated(l2);
      const predicted = logits.map((l) => argmax(l));
      const onValidation = predicted.filter((_, i) => rows[i]?.fold === 1);
      const onFixtures = predicted.filter((_, i) => rows[i]?.fold === -1);
      const s = score(validation, onValidation);
      console.log(
        `combination learned with l2 ${l2} class-power ${classPower} fixture-weight ${fixtureWeight}: cross-validated ${describe("calibration outlets", validation, onValidation)}, ${describe("fixtures", fixtures, onFixtures)}`,
      );
      // Chosen on the calibration outlets alone, as the model's settings are.
      if (s.accuracy + s.macroF1 > best) {
        best = s.accuracy + s.macroF1;
        chosen = { l2, classPower, fixtureWeight };
        cv = logits;
      }
    }
  }
}
console.log(
  chosen
    ? `chosen: the combination learned with ${JSON.stringify(chosen)}`
    : `chosen: the model alone (no learned combination gained ${MARGIN * 100} points on the calibration outlets)`,
);

// Temperature: the least log-loss of the cross-validated calibration-outlet logits.
const nll = (t: number) => {
  let s = 0;
  let n = 0;
  rows.forEach((r, i) => {
    if (r.fold !== 1) return;
    const p = softmax(cv[i] as Float64Array, t);
    s -= Math.log(Math.max(1e-12, p[r.label] ?? 0));
    n++;
  });
  return s / n;
};
let temperature = 1;
for (let t = 0.5; t <= 2.5; t += 0.05) if (nll(t) < nll(temperature)) temperature = t;
temperature = Math.round(temperature * 100) / 100;
console.log(
  `temperature ${temperature} (cross-validated log-loss ${nll(temperature).toFixed(3)}, at 1: ${nll(1).toFixed(3)})`,
);

/**
 * How a second-beat threshold does: how often a second beat is shown, how often that beat is
 * acceptable (the label's, or one of a fixture's), and the F1 of the listed beats against them.
 */
function secondBeats(rs: Row[], probabilities: Float64Array[], threshold: number) {
  let shown = 0;
  let hits = 0;
  let tp = 0;
  let listed = 0;
  let gold = 0;
  rs.forEach((r, i) => {
    const p = probabilities[i] as Float64Array;
    const order = [...p.keys()].sort((a, b) => (p[b] ?? 0) - (p[a] ?? 0));
    const list = order.filter((k, rank) => rank === 0 || (rank < 3 && (p[k] ?? 0) >= threshold));
    if (list.length > 1) shown++;
    for (const k of list.slice(1)) if (r.gold.includes(k)) hits++;
    tp += list.filter((k) => r.gold.includes(k)).length;
    listed += list.length;
    gold += r.gold.length;
  });
  return {
    shown: shown / rs.length,
    hit: shown ? hits / shown : 0,
    f1: (2 * tp) / (listed + gold),
  };
}
const probabilities = cv.map((l) => softmax(l, temperature));
const validationP = probabilities.filter((_, i) => rows[i]?.fold === 1);
const fixturesP = probabilities.filter((_, i) => rows[i]?.fold === -1);
let secondary = 0.25;
let bestF1 = Number.NEGATIVE_INFINITY;
console.log(
  "second beat at p >=   calibration outlets: shown, acceptable, F1   fixtures: shown, acceptable, F1",
);
for (let t = 0.15; t <= 0.501; t += 0.05) {
  const v = secondBeats(validation, validationP, t);
  const f = secondBeats(fixtures, fixturesP, t);
  console.log(
    `  ${t.toFixed(2)}                ${pct(v.shown)}, ${pct(v.hit)}, ${pct(v.f1)}        ${pct(f.shown)}, ${pct(f.hit)}, ${pct(f.f1)}`,
  );
  if (v.f1 > bestF1 + 1e-9) {
    bestF1 = v.f1;
    secondary = Math.round(t * 100) / 100;
  }
}
console.log(
  `second beat from p >= ${secondary} (best F1 of the listed beats on the calibration outlets)`,
);

// The lexicon's single words against the model: where the lexicon moved the decision away
// from what the words' weights alone say, on the articles where "game", "score", "draw" or
// "court" matched alone.
const cvPredicted = cv.map((l) => argmax(l));
const overrides = (rs: number[]) => {
  let moved = 0;
  let better = 0;
  let worse = 0;
  for (const i of rs) {
    const r = rows[i] as Row;
    const p = cvPredicted[i] ?? 0;
    if (p === r.textOnly) continue;
    moved++;
    const was = r.gold.includes(r.textOnly);
    if (r.gold.includes(p) && !was) better++;
    if (!r.gold.includes(p) && was) worse++;
  }
  return `${moved} moved by the lexicon from the text features' beat: ${better} to an acceptable one, ${worse} away from one`;
};
for (const [name, fold] of [
  ["calibration outlets", 1],
  ["fixtures", -1],
] as const) {
  const idx = rows.map((_, i) => i).filter((i) => rows[i]?.fold === fold && rows[i]?.ambiguous);
  const rs = idx.map((i) => rows[i] as Row);
  console.log(
    `${name} with "game", "score", "draw" or "court" matched alone (${idx.length} articles): ${overrides(idx)}; ${describe(
      "chosen",
      rs,
      idx.map((i) => cvPredicted[i] ?? 0),
    )}, ${describe(
      "model alone",
      rs,
      idx.map((i) => argmax(identityLogits[i] as Float64Array)),
    )}, ${describe(
      "text features alone",
      rs,
      rs.map((r) => r.textOnly),
    )}`,
  );
}

// The committed combiner learns from every row with the chosen settings.
const round = (x: number) => Math.round(x * 1000) / 1000;
let combiner: BeatCombinerData = { ...identityCombiner(temperature), secondary };
if (chosen) {
  weigh(chosen.classPower, chosen.fixtureWeight);
  const fit = fitCombiner(rows, B, { l2: chosen.l2, iterations: settings.iterations, frozen });
  combiner = {
    ...combiner,
    weights: [...fit.weights].map(round),
    bias: Object.fromEntries(beatIds.map((id, i) => [id, round(fit.bias[i] ?? 0)])),
    lexicon: Object.fromEntries(beatIds.map((id, i) => [id, round(fit.lexicon[i] ?? 0)])),
    single: Object.fromEntries(beatIds.map((id, i) => [id, round(fit.single[i] ?? 0)])),
  };
}
combiner.model = modelFingerprint(data.beatModel);
console.log(`weights: ${COMBINER_INPUTS.map((n, j) => `${n} ${combiner.weights[j]}`).join(", ")}`);
const final = createBeatDecider(committed.model, lexicon, combiner);
const testLogits = test.map((r) => combinedLogits(final, r.inputs));
const testP = testLogits.map((l) => softmax(l, temperature));
const t = secondBeats(test, testP, secondary);
console.log(
  `held-out outlets (reported only): ${describe(
    "combined",
    test,
    testLogits.map((l) => argmax(l)),
  )}; second beat shown for ${pct(t.shown)}, acceptable ${pct(t.hit)} of those`,
);
writeFileSync(out, `${JSON.stringify(combiner, null, 1)}\n`);
console.log(`wrote ${out}`);
