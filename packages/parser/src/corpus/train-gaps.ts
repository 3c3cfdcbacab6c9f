import { GAP_FEATURE_NAMES } from "../gap-features.js";
import { corpusOrExplain, splitByOutlet } from "./corpus-articles.js";
import { fitGapModel } from "./fit-gap-model.js";
import { gapTrainingSamples } from "./gap-training-samples.js";
import { writeWeights } from "./learned-files.js";

/**
 * `npm run train`, second step: the weights of the gap evidence (gap-features.ts), fitted by
 * logistic regression on the gaps of dumps composed from the training outlets' articles (and
 * the project's fixtures, so the dumps the tests compose keep their figures). Logistic
 * regression because the evidence is a score per gap that the segmenter adds up and compares
 * with a threshold: its weights are that score, read at a glance, cheap to apply, and the
 * features already carry the non-linear work (windows, idf, the paragraph models). The topic
 * evidence is fitted on top of the rest (fit-gap-model.ts); its bias is chosen with the
 * threshold (train-threshold.ts).
 */
function main(): void {
  const corpus = corpusOrExplain("training", true);
  if (corpus === null) return;
  const { train } = splitByOutlet(corpus);
  const w = fitGapModel(gapTrainingSamples(train, false));
  writeWeights(
    "gap-weights-data.ts",
    "LEARNED_GAP_WEIGHTS",
    "Weights of the gap evidence, fitted by logistic regression (see corpus/train-gaps.ts).",
    GAP_FEATURE_NAMES,
    w,
  );
}

main();
