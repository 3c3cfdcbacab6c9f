import { existsSync, readFileSync, writeFileSync } from "node:fs";
import type { AdditiveModel } from "../additive-model.js";
import { GAP_FEATURE_NAMES } from "../gap-features.js";
import { gapSamples, type Sample } from "../test-support/fit-gap-weights.js";
import { type BasisKind, fitAdditive, sampleScorer } from "./additive-fit.js";
import { corpusOrExplain, FOLDS, stableHash, VALIDATION_FOLD } from "./corpus-articles.js";
import { CORPUS_LAYOUTS, corpusDumps } from "./corpus-dumps.js";
import { gapTrainingSamples } from "./gap-training-samples.js";

/**
 * `npm run compare-gaps -- '[{"cuts":0},{"cuts":4,"kind":"hinge"}]'`: gap models fitted on the
 * training folds but the validation one (2-4), each as a sum of one shape per feature
 * (additive-fit.ts; 0 cuts is plain logistic regression), and their log loss and AUC on the
 * validation fold's gaps: how well each separates a headless start from a gap inside an article
 * before any threshold is chosen.
 */
function main(): void {
  const corpus = corpusOrExplain("compare", true);
  if (corpus === null) return;
  const fold = (a: { source: string }) => stableHash(a.source) % FOLDS;
  const fitting = corpus.filter((a) => fold(a) > VALIDATION_FOLD);
  const valid = corpus.filter((a) => fold(a) === VALIDATION_FOLD);
  const cache = "/tmp/gam-samples.json";
  let fitted: Sample[];
  const held: Sample[] = [];
  if (existsSync(cache)) {
    const c = JSON.parse(readFileSync(cache, "utf8"));
    fitted = c.fitted;
    held.push(...c.held);
  } else {
    fitted = gapTrainingSamples(fitting, false);
    for (const layout of CORPUS_LAYOUTS)
      for (const dump of corpusDumps(valid, { layout, seed: 41, perOutlet: 12 }))
        held.push(...gapSamples(dump.text, new Set(dump.truth.map((t) => t.startLine))));
    writeFileSync(cache, JSON.stringify({ fitted, held }));
  }
  console.log(
    `${fitted.length} gaps fitted on, ${held.length} validation gaps (${held.filter((s) => s.y === 1).length} starts)`,
  );
  const grid: { cuts?: number; kind?: BasisKind; l2?: number }[] = JSON.parse(
    process.argv[2] ?? '[{"cuts":0},{"cuts":3},{"cuts":5},{"cuts":3,"kind":"step"}]',
  );
  for (const over of grid) {
    const options = { cuts: 0, kind: "hinge" as BasisKind, l2: 1, ...over };
    const started = process.cpuUsage();
    const model = fitAdditive(
      GAP_FEATURE_NAMES,
      fitted.map((s) => s.x),
      fitted.map((s) => s.y),
      options,
    );
    const seconds = (process.cpuUsage(started).user / 1e6).toFixed(1);
    const scores = scoresOf(model, held);
    console.log(
      `${JSON.stringify(over)} log loss ${logLoss(scores, held).toFixed(4)} AUC ${auc(scores, held).toFixed(4)} (fit ${seconds} s)`,
    );
  }
}

function scoresOf(model: AdditiveModel<(typeof GAP_FEATURE_NAMES)[number]>, samples: Sample[]) {
  const score = sampleScorer(GAP_FEATURE_NAMES, model);
  return samples.map((s) => score(s.x));
}

function logLoss(scores: readonly number[], samples: readonly Sample[]): number {
  let sum = 0;
  scores.forEach((z, n) => {
    // log(1 + e^-z) for a start, log(1 + e^z) for none, without overflow.
    const signed = samples[n]?.y === 1 ? -z : z;
    sum += Math.max(signed, 0) + Math.log1p(Math.exp(-Math.abs(signed)));
  });
  return sum / scores.length;
}

/** Probability that a start outscores a gap inside an article (ties count half). */
function auc(scores: readonly number[], samples: readonly Sample[]): number {
  const order = scores.map((z, n) => ({ z, y: samples[n]?.y ?? 0 })).sort((a, b) => a.z - b.z);
  let negatives = 0;
  let pairs = 0;
  let won = 0;
  for (let i = 0; i < order.length; ) {
    let j = i;
    let pos = 0;
    let neg = 0;
    while (j < order.length && order[j]?.z === order[i]?.z) {
      if (order[j]?.y === 1) pos++;
      else neg++;
      j++;
    }
    won += pos * negatives + (pos * neg) / 2;
    negatives += neg;
    pairs += pos;
    i = j;
  }
  return won / (pairs * negatives);
}

main();
