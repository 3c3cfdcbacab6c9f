import { GAP_FEATURE_NAMES } from "../gap-features.js";
import type { GapModel } from "../gap-scorer.js";
import type { GapOrigins } from "../test-support/fit-gap-weights.js";
import { type CorpusArticle, corpusOrExplain, splitByOutlet } from "./corpus-articles.js";
import { type Calibration, calibrate, calibrationSource } from "./decoder-calibration.js";
import { decoderPath } from "./decoder-path.js";
import { type DecoderSampleMode, decoderSampleMode } from "./decoder-sample-mode.js";
import { fitGapModel } from "./fit-gap-model.js";
import { gapTrainingSamples } from "./gap-training-samples.js";
import { modelSource, writeLearned, writeModel } from "./learned-files.js";

// Longest article, in body paragraphs, whose probability the table holds; longer ones share a
// geometric tail. Past this the corpus has too few articles of each length to count.
const LONGEST = 80;
// Paragraphs on each side over which the histogram is smoothed: 17 and 18 are alike.
const SMOOTHING = 2;

/**
 * `npm run train`, after the gap threshold: what the segment decoder (segment-decoder.ts,
 * decoded-starts.ts) needs, from the training outlets. Its own gap weights, fitted as
 * train-gaps.ts fits the segmenter's but on gaps measured with what the whole stretch said
 * before them (the decoder scores every gap before it chooses any start); then, on other dumps,
 * that score turned into calibrated log-odds of a boundary (Platt scaling), the share of gaps
 * that are boundaries there (the rate the length prior stands in for), and the prior itself:
 * how many body paragraphs the articles between boundaries run, as a smoothed histogram with a
 * geometric tail. That model reads dumps of briefs; whole articles get a copy of it, which the
 * second pass (`--own-path`, run next by `npm run train`) fits again on the gaps
 * NEWSDESK_DECODER_ORIGINS names (decoder-sample-mode.ts): by default measured from the starts
 * this first model's decoder chose in the same training dumps (decoder-gap-models.ts says why two).
 */
function main(): void {
  const corpus = corpusOrExplain("training", true);
  if (corpus === null) return;
  const { train } = splitByOutlet(corpus);
  if (process.argv.includes("--own-path")) {
    articlesPass(train, decoderSampleMode());
    return;
  }
  const samples = gapTrainingSamples(train, "whole");
  console.log(`decoder samples (whole stretches, briefs' and first pass): ${samples.length}`);
  const model = fitGapModel(samples);
  writeModel(
    "decoder-gap-weights-data.ts",
    "LEARNED_DECODER_GAP_MODEL",
    "The gap evidence model as the decoder measures it in dumps of briefs (see corpus/train-decoder.ts).",
    GAP_FEATURE_NAMES,
    model,
  );
  const { calibration, lengths } = calibrate(train, model, "whole");
  const { logLength, logTail } = lengthPrior(lengths);
  console.log(
    `${lengths.length} articles; P(length) for 1..12: ${logLength
      .slice(1, 13)
      .map((v) => Math.exp(v).toFixed(3))
      .join(" ")}; tail ${Math.exp(logTail).toFixed(3)} a paragraph past ${LONGEST}`,
  );
  writeLearned(
    "decoder-data.ts",
    `/** Decoder gap score to calibrated log-odds of a boundary, by Platt scaling (see corpus/train-decoder.ts). */
export const LEARNED_GAP_CALIBRATION = ${calibrationSource(calibration)};

/** How many body paragraphs articles run, and the base rate of boundaries (see corpus/train-decoder.ts). */
export const LEARNED_LENGTH_PRIOR = {
  baseLogOdds: ${calibration.baseLogOdds.toFixed(4)},
  logTail: ${logTail.toFixed(4)},
  // log P(length), for lengths 0 (unused) to ${LONGEST}.
  logLength: [${logLength.map((v) => (Number.isFinite(v) ? v.toFixed(3) : "-Infinity")).join(", ")}],
};
`,
  );
  writeArticlesModel(model, calibration);
}

/**
 * The second pass: the whole articles' gap model fitted on the gaps `mode` names, the first
 * pass's decoder (the learned files as they stand) reading the path. "whole" keeps the first
 * pass's copy: one decoder for both.
 */
function articlesPass(train: readonly CorpusArticle[], mode: DecoderSampleMode): void {
  if (mode === "whole") return;
  const origins: GapOrigins = mode === "true" ? "true" : decoderPath;
  // As the decoder reads whole articles, the short story's lean unread ("path-unread").
  const readsLean = mode !== "path-unread";
  const samples = gapTrainingSamples(train, origins, { readsLean });
  if (mode === "mixed") samples.push(...gapTrainingSamples(train, "true"));
  if (mode === "whole-path") samples.push(...gapTrainingSamples(train, "whole"));
  console.log(`whole articles' decoder samples: ${mode}, ${samples.length}`);
  const model = fitGapModel(samples);
  writeArticlesModel(model, calibrate(train, model, origins, { readsLean }).calibration);
}

/** The whole articles' gap model and its calibration, in one learned file. */
function writeArticlesModel(model: GapModel, calibration: Calibration): void {
  writeLearned(
    "decoder-articles-data.ts",
    `${modelSource(
      "LEARNED_ARTICLES_GAP_MODEL",
      "The decoder's gap model for whole articles, fitted on its own path (see corpus/train-decoder.ts).",
      GAP_FEATURE_NAMES,
      model,
    )}
/** Its score to calibrated log-odds of a boundary, by Platt scaling (see corpus/train-decoder.ts). */
export const LEARNED_ARTICLES_GAP_CALIBRATION = ${calibrationSource(calibration)};
`,
  );
}

/** A smoothed histogram of the lengths up to LONGEST, and a geometric tail past it. */
function lengthPrior(lengths: readonly number[]): { logLength: number[]; logTail: number } {
  const counts = new Float64Array(LONGEST + 1);
  let excess = 0;
  let long = 0;
  for (const len of lengths) {
    if (len > LONGEST) {
      excess += len - LONGEST;
      long++;
    } else counts[len] = (counts[len] as number) + 1;
  }
  const smoothed = new Float64Array(LONGEST + 1);
  for (let len = 1; len <= LONGEST; len++) {
    let sum = 0;
    let weights = 0;
    for (let d = -SMOOTHING; d <= SMOOTHING; d++) {
      const at = len + d;
      if (at < 1 || at > LONGEST) continue;
      const w = SMOOTHING + 1 - Math.abs(d);
      sum += w * (counts[at] as number);
      weights += w;
    }
    // Half an article at every length: none is impossible.
    smoothed[len] = sum / weights + 0.5;
  }
  // Short stories are as likely as the commonest length: the corpus's run long, the wire copy
  // users paste runs four to eight paragraphs, and a prior that asked more of the text to end
  // a short story lost the project's own (lengths under the mode are raised to it).
  let mode = 1;
  for (let len = 1; len <= LONGEST; len++)
    if ((smoothed[len] as number) > (smoothed[mode] as number)) mode = len;
  for (let len = 1; len < mode; len++) smoothed[len] = smoothed[mode] as number;
  let total = long;
  for (let len = 1; len <= LONGEST; len++) total += smoothed[len] as number;
  const logLength = [Number.NEGATIVE_INFINITY];
  for (let len = 1; len <= LONGEST; len++)
    logLength.push(Math.log((smoothed[len] as number) / total));
  // Geometric excess past LONGEST: its mean is 1 / (1 - tail).
  const meanExcess = long === 0 ? 1 : excess / long;
  return { logLength, logTail: Math.log(Math.max(0.5, 1 - 1 / Math.max(1, meanExcess))) };
}

main();
