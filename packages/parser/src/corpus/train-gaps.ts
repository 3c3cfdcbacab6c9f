import { GAP_FEATURE_NAMES } from "../gap-features.js";
import { corpusOrExplain, splitByOutlet } from "./corpus-articles.js";
import { fitGapModel } from "./fit-gap-model.js";
import { gapTrainingSamples } from "./gap-training-samples.js";
import { writeModel } from "./learned-files.js";

/**
 * `npm run train`, second step: the gap evidence model (gap-features.ts), fitted by logistic
 * regression on the gaps of dumps composed from the training outlets' articles (and the
 * project's fixtures, so the dumps the tests compose keep their figures). Each feature counts
 * through a shape, bent at a few cut points learned from its values (additive-fit.ts): the score
 * stays a sum of evidence per gap that the segmenter compares with a threshold, cheap to apply
 * and bounded from the lede alone, but a cohesion of 0.1 may count more against a start than one
 * of 0.9 does beyond 0.8. The topic evidence is fitted on top of the rest (fit-gap-model.ts);
 * its bias is chosen with the threshold (train-threshold.ts).
 */
function main(): void {
  const corpus = corpusOrExplain("training", true);
  if (corpus === null) return;
  const { train } = splitByOutlet(corpus);
  const model = fitGapModel(gapTrainingSamples(train, "true"));
  writeModel(
    "gap-weights-data.ts",
    "LEARNED_GAP_MODEL",
    "The gap evidence model, fitted by logistic regression (see corpus/train-gaps.ts).",
    GAP_FEATURE_NAMES,
    model,
  );
}

main();
