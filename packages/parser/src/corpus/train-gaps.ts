import { GAP_FEATURE_NAMES } from "../gap-features.js";
import { fitAdditive } from "./additive-fit.js";
import { corpusOrExplain, splitByOutlet } from "./corpus-articles.js";
import { GAP_MODEL_FIT, gapTrainingSamples } from "./gap-training-samples.js";
import { writeModel } from "./learned-files.js";

/**
 * `npm run train`, second step: the gap evidence model (gap-features.ts), fitted by logistic
 * regression on the gaps of dumps composed from the training outlets' articles (and the
 * project's fixtures, so the dumps the tests compose keep their figures). Each feature counts
 * through a shape, bent at a few cut points learned from its values (additive-fit.ts): the score
 * stays a sum of evidence per gap that the segmenter compares with a threshold, cheap to apply
 * and bounded from the lede alone, but a cohesion of 0.1 may count more against a start than one
 * of 0.9 does beyond 0.8.
 */
function main(): void {
  const corpus = corpusOrExplain("training", true);
  if (corpus === null) return;
  const { train } = splitByOutlet(corpus);
  const samples = gapTrainingSamples(train, false);
  const model = fitAdditive(
    GAP_FEATURE_NAMES,
    samples.map((s) => s.x),
    samples.map((s) => s.y),
    GAP_MODEL_FIT,
  );
  writeModel(
    "gap-weights-data.ts",
    "LEARNED_GAP_MODEL",
    "The gap evidence model, fitted by logistic regression (see corpus/train-gaps.ts).",
    GAP_FEATURE_NAMES,
    model,
  );
}

main();
