import { gapSamples } from "../test-support/fit-gap-weights.js";
import { auc } from "./auc.js";
import { BOOST_DEFAULTS } from "./boosted-trees.js";
import {
  articlesOfFold,
  corpusOrExplain,
  splitByOutlet,
  VALIDATION_FOLD,
} from "./corpus-articles.js";
import { CORPUS_LAYOUTS, corpusDumps } from "./corpus-dumps.js";
import { fitGapModel, gapSampleScorer } from "./fit-gap-model.js";
import type { GapSample } from "./gap-sample.js";
import { gapTrainingSamples } from "./gap-training-samples.js";
import { logLoss } from "./log-loss.js";

/**
 * `NEWSDESK_FIT_WITHOUT_VALIDATION=1 node dist-tools/corpus/compare-decoder-trees.js [rounds]
 * ['{boost options}']`: the decoder's first-pass gap model (whole stretches, as train-decoder.ts
 * fits it) with boosted trees on top, its log loss and AUC on the validation fold's gaps after
 * 0, 10, 20... trees, the fit's CPU time, and how far the trees loosen the score's bound (the
 * most they can add anywhere): what a tree ensemble gains before the decoder reads it.
 */
function main(): void {
  const corpus = corpusOrExplain("compare", true);
  if (corpus === null) return;
  if (process.env.NEWSDESK_FIT_WITHOUT_VALIDATION !== "1")
    throw new Error(
      "Set NEWSDESK_FIT_WITHOUT_VALIDATION=1: the fit must leave the validation fold out.",
    );
  const rounds = Number(process.argv[2] ?? 80);
  const options = { ...BOOST_DEFAULTS, ...JSON.parse(process.argv[3] ?? "{}"), rounds };
  const fitted = gapTrainingSamples(splitByOutlet(corpus).train, "whole");
  const held = validationGaps(articlesOfFold(corpus, VALIDATION_FOLD));
  const ys = held.map((s) => s.y);
  console.log(
    `${fitted.length} gaps fitted on, ${held.length} validation gaps; ${JSON.stringify(options)}`,
  );
  const started = process.cpuUsage();
  const model = fitGapModel(fitted, false, options);
  const seconds = (process.cpuUsage(started).user / 1e6).toFixed(1);
  const trees = model.trees ?? [];
  console.log(`fit (shapes and ${trees.length} trees) ${seconds} s CPU`);
  for (let count = 0; count <= trees.length; count += 10) {
    const score = gapSampleScorer({ ...model, trees: trees.slice(0, count) });
    const scores = held.map((s) => score(s.x));
    console.log(
      `${count} trees: log loss ${logLoss(scores, ys).toFixed(4)} AUC ${auc(scores, ys).toFixed(4)}`,
    );
  }
}

/** The validation fold's gaps in every layout, measured from the stretch's start as the fit's. */
function validationGaps(articles: Parameters<typeof corpusDumps>[0]): GapSample[] {
  const held: GapSample[] = [];
  for (const layout of CORPUS_LAYOUTS)
    for (const dump of corpusDumps(articles, { layout, seed: 41, perOutlet: 12 }))
      held.push(...gapSamples(dump.text, new Set(dump.truth.map((t) => t.startLine)), "whole"));
  return held;
}

main();
