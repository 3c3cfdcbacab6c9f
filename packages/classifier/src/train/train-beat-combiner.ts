import { readFileSync, writeFileSync } from "node:fs";
import { COMBINER_INPUTS, identityCombiner, modelFingerprint } from "../beat-combiner.js";
import { compileTaxonomy } from "../beat-lexicon.js";
import { type BeatModelData, compileBeatModel, softmax } from "../beat-model.js";
import { combinedLogits, createBeatDecider } from "../decide-beats.js";
import { DEFAULT_CORPUS } from "../eval/corpus-articles.js";
import { loadBundledData } from "../load-data.js";
import { WordIds } from "../word-ids.js";
import { argmax } from "./argmax.js";
import { describe, pct } from "./combiner/beat-scores.js";
import { type CombinerTraining, chooseCombination } from "./combiner/choose-combination.js";
import { readCombinerOptions } from "./combiner/combiner-options.js";
import { createRowMaker, type Row, readCombinerRows } from "./combiner/combiner-rows.js";
import { finalCombiner } from "./combiner/final-combiner.js";
import { reportLexiconOverrides } from "./combiner/lexicon-override-report.js";
import { chooseSecondBeatThreshold, secondBeats } from "./combiner/second-beat-threshold.js";
import { pickTemperature } from "./pick-temperature.js";

// Learns data/beat-combiner.json: how the beat model's logits and the lexicon's evidence make
// the beat scores (its options: combiner/combiner-options.ts).
// It learns on the calibration outlets (fold 1), which data/beat-model.json never saw, and on
// the fixtures scored by a model that never saw them (--unseen: `npm run train:model -- --no-fixtures
// --out FILE`), so every row looks like an article from a new newsroom. Settings, temperature and
// the second-beat threshold are chosen on those rows by cross-validation (five groups of
// outlets, five of fixtures); the held-out outlets (fold 0) are only reported.
// The combiner reads the model's logits: learn it again whenever data/beat-model.json changes.
// It learns on the model's own logits, without data/beat-member.json: the member only overturns
// the top beat (docs/tried.md, twenty-second pass; fed its swaps, the second-beat threshold
// rose from 0.25 to 0.35 for 0.2 points of the listed beats' F1, and a lawsuit lost its law beat).
const options = readCombinerOptions();
const readModel = (path: string) => JSON.parse(readFileSync(path, "utf8")) as BeatModelData;

const data = loadBundledData();
const words = new WordIds();
const lexicon = compileTaxonomy(data.taxonomy, words);
const committed = createBeatDecider(compileBeatModel(data.beatModel, words), lexicon);
const unseen = createBeatDecider(compileBeatModel(readModel(options.unseenPath), words), lexicon);
const beatIds = committed.beats.map((b) => lexicon.beats[b]?.id ?? "");
const B = beatIds.length;
const beatIndex = new Map(beatIds.map((id, i) => [id, i]));

const { rows, test } = await readCombinerRows(
  options.corpus ?? DEFAULT_CORPUS,
  createRowMaker(words, lexicon),
  { committed, unseen },
  beatIndex,
);
const validation = rows.filter((r) => r.fold === 1);
const fixtures = rows.filter((r) => r.fold === -1);
console.log(
  `${validation.length} calibration-outlet articles, ${fixtures.length} fixtures, ${test.length} held-out articles (reported only)`,
);

const support = new Array<number>(B).fill(0);
for (const r of rows) support[r.label] = (support[r.label] ?? 0) + 1;
console.log(`rows per beat: ${beatIds.map((id, i) => `${id} ${support[i]}`).join(", ")}`);
const frozen = new Set(beatIds.map((_, i) => i).filter((i) => (support[i] ?? 0) < options.rare));
const training: CombinerTraining = { rows, B, support, frozen, settings: options.settings };

// Before: the model's own logits (the identity combiner).
const identity = createBeatDecider(committed.model, lexicon, identityCombiner(1)).combiner;
const modelOnly = (rs: Row[]) =>
  rs.map((r) => argmax(combinedLogits({ ...committed, combiner: identity }, r.inputs)));
console.log(
  `the model alone: ${describe("calibration outlets", validation, modelOnly(validation), B)}, ${describe("fixtures (unseen model)", fixtures, modelOnly(fixtures), B)}, ${describe("held-out outlets", test, modelOnly(test), B)}`,
);

const identityLogits = rows.map((r) =>
  combinedLogits({ ...committed, combiner: identity }, r.inputs),
);
const { chosen, cv } = chooseCombination(training, options.candidates, options.margin, {
  validation: modelOnly(validation),
  identityLogits,
});

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
const temperature = pickTemperature(nll, 0.5, 2.5);
console.log(
  `temperature ${temperature} (cross-validated log-loss ${nll(temperature).toFixed(3)}, at 1: ${nll(1).toFixed(3)})`,
);

const secondary = chooseSecondBeatThreshold(
  rows,
  cv.map((l) => softmax(l, temperature)),
);
reportLexiconOverrides(rows, cv, identityLogits, B);

const combiner = finalCombiner(training, beatIds, chosen, temperature, secondary);
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
    B,
  )}; second beat shown for ${pct(t.shown)}, acceptable ${pct(t.hit)} of those`,
);
writeFileSync(options.out, `${JSON.stringify(combiner, null, 1)}\n`);
console.log(`wrote ${options.out}`);
