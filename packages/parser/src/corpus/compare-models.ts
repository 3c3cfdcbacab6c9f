import { GAP_FEATURE_NAMES } from "../gap-features.js";
import { HEAD_FEATURE_NAMES } from "../head-evidence.js";
import { gapSamples } from "../test-support/fit-gap-weights.js";
import { type AdditiveOptions, fitAdditive, sampleScorer } from "./additive-fit.js";
import { auc } from "./auc.js";
import {
  articlesOfFold,
  type CorpusArticle,
  corpusOrExplain,
  foldOf,
  HELD_OUT_FOLD,
  VALIDATION_FOLD,
} from "./corpus-articles.js";
import { CORPUS_LAYOUTS, corpusDumps } from "./corpus-dumps.js";
import { gapTrainingSamples } from "./gap-training-samples.js";
import { headSamples } from "./head-samples.js";

interface Labelled {
  xs: number[][];
  ys: number[];
}

/**
 * `npm run compare-models -- gaps '[{"cuts":0},{"cuts":8,"kind":"hinge","l2":1}]'` (or `heads`):
 * the gap or headline evidence model fitted on the training folds but the validation one (as
 * `npm run train` fits it, on folds 2-4), once per fit given (additive-fit.ts; 0 cuts is plain
 * logistic regression), and its log loss and AUC on the validation fold's samples: how well it
 * tells a start from the rest before any threshold is chosen. Boundary F1 through the parser is
 * then measured with NEWSDESK_FIT_WITHOUT_VALIDATION=1 (see corpus-articles.ts). A third
 * argument, features by name with commas between, fits each once more with those held at 0: what
 * a candidate feature adds, on the same samples.
 */
function main(): void {
  const which = process.argv[2];
  if (which !== "gaps" && which !== "heads") {
    console.error("Say which model to compare: npm run compare-models -- gaps|heads '[fits]'");
    process.exitCode = 1;
    return;
  }
  const corpus = corpusOrExplain("compare", true);
  if (corpus === null) return;
  const fold = (a: CorpusArticle) => foldOf(a.source);
  const fitting = corpus.filter((a) => fold(a) !== VALIDATION_FOLD && fold(a) !== HELD_OUT_FOLD);
  const valid = articlesOfFold(corpus, VALIDATION_FOLD);
  const names: readonly string[] = which === "gaps" ? GAP_FEATURE_NAMES : HEAD_FEATURE_NAMES;
  const fitted = which === "gaps" ? gapsOf(fitting) : headsOf(fitting, 31, ["lines", "blank"]);
  const held = which === "gaps" ? validationGaps(valid) : headsOf(valid, 41, CORPUS_LAYOUTS);
  console.log(
    `${fitted.xs.length} samples fitted on, ${held.xs.length} validation samples (${held.ys.filter((y) => y === 1).length} starts)`,
  );
  const fits: Partial<AdditiveOptions>[] = JSON.parse(process.argv[3] ?? '[{"cuts":0},{"cuts":8}]');
  const dropped = (process.argv[4] ?? "").split(",").filter(Boolean);
  const runs = dropped.length === 0 ? [fitted] : [fitted, without(fitted, names, dropped)];
  const heldRuns = dropped.length === 0 ? [held] : [held, without(held, names, dropped)];
  for (const over of fits)
    runs.forEach((samples, r) => {
      const label = r === 0 ? "" : ` without ${dropped.join(", ")}`;
      compare(names, samples, heldRuns[r] as Labelled, over, label);
    });
}

/** The samples with the named features' columns held at 0. */
function without(
  samples: Labelled,
  names: readonly string[],
  dropped: readonly string[],
): Labelled {
  const columns = dropped.map((name) => names.indexOf(name));
  if (columns.includes(-1)) throw new Error(`no feature named ${dropped.join(" or ")}`);
  const xs = samples.xs.map((x) => x.map((v, i) => (columns.includes(i) ? 0 : v)));
  return { xs, ys: samples.ys };
}

/** One fit on `fitted` and its log loss and AUC on `held`. */
function compare(
  names: readonly string[],
  fitted: Labelled,
  held: Labelled,
  over: Partial<AdditiveOptions>,
  label: string,
): void {
  const started = process.cpuUsage();
  const model = fitAdditive(names, fitted.xs, fitted.ys, {
    cuts: 0,
    kind: "hinge",
    l2: 1,
    ...over,
  });
  const seconds = (process.cpuUsage(started).user / 1e6).toFixed(1);
  const score = sampleScorer(names, model);
  const scores = held.xs.map(score);
  console.log(
    `${JSON.stringify(over)}${label} log loss ${logLoss(scores, held.ys).toFixed(4)} AUC ${auc(scores, held.ys).toFixed(4)} (fit ${seconds} s CPU)`,
  );
}

function gapsOf(articles: readonly CorpusArticle[]): Labelled {
  const samples = gapTrainingSamples(articles, "true");
  return { xs: samples.map((s) => s.x), ys: samples.map((s) => s.y) };
}

function validationGaps(articles: readonly CorpusArticle[]): Labelled {
  const held: Labelled = { xs: [], ys: [] };
  for (const layout of CORPUS_LAYOUTS)
    for (const dump of corpusDumps(articles, { layout, seed: 41, perOutlet: 12 }))
      for (const s of gapSamples(dump.text, new Set(dump.truth.map((t) => t.startLine)))) {
        held.xs.push(s.x);
        held.ys.push(s.y);
      }
  return held;
}

function headsOf(
  articles: readonly CorpusArticle[],
  seed: number,
  layouts: readonly (typeof CORPUS_LAYOUTS)[number][],
): Labelled {
  const xs: Float64Array[] = [];
  const ys: number[] = [];
  for (const layout of layouts)
    for (const dump of corpusDumps(articles, { layout, seed, perOutlet: 40 }))
      headSamples(dump, xs, ys);
  return { xs: xs.map((x) => [...x]), ys };
}

function logLoss(scores: readonly number[], ys: readonly number[]): number {
  let sum = 0;
  scores.forEach((z, n) => {
    // log(1 + e^-z) for a start, log(1 + e^z) for none, without overflow.
    const signed = ys[n] === 1 ? -z : z;
    sum += Math.max(signed, 0) + Math.log1p(Math.exp(-Math.abs(signed)));
  });
  return sum / scores.length;
}

main();
