import { GAP_FEATURE_NAMES } from "../gap-features.js";
import type { GapOrigins } from "../test-support/fit-gap-weights.js";
import { corpusOrExplain, splitByOutlet } from "./corpus-articles.js";
import { calibrate, calibrationSource } from "./decoder-calibration.js";
import { fitGapModel } from "./fit-gap-model.js";
import { type GapReading, gapTrainingSamples } from "./gap-training-samples.js";
import { modelSource, writeLearned } from "./learned-files.js";

// Where each gap's article is taken to begin in the samples: "whole" (the stretch's start, as the
// briefs' model is fitted) or "true" (the true start before it); `node
// dist-tools/corpus/train-short-stories.js true` fits the other for a trial.
const ORIGINS: GapOrigins = process.argv[2] === "true" ? "true" : "whole";

// Dumps of briefs, the short story's lean and vocabularyDivergence read, as a dump decoded as
// one of short stories reads its gaps (segment.ts).
const READING: GapReading = { shortStories: true };

/**
 * `npm run train`, after train-decoder.ts: the decoder's gap model for dumps decoded as short
 * stories (decoder-gap-models.ts) and its calibration, fitted as train-decoder.ts fits the
 * briefs' but on dumps of briefs composed from the training outlets' articles (each cut to its
 * first two to five paragraphs, as `npm run eval` composes its briefs row), with
 * vocabularyDivergence among the rest of the evidence: the gap training dumps hold whole
 * articles only, and in them the mix of words moves at every turn of a long story. Its length
 * prior stays the one train-decoder.ts learned (the short dumps' tuning tilts it).
 */
function main(): void {
  const corpus = corpusOrExplain("training", true);
  if (corpus === null) return;
  const { train } = splitByOutlet(corpus);
  const samples = gapTrainingSamples(train, ORIGINS, READING);
  console.log(`short stories' decoder samples (briefs, ${ORIGINS}): ${samples.length}`);
  const model = fitGapModel(samples, true);
  const { calibration } = calibrate(train, model, ORIGINS, READING);
  writeLearned(
    "decoder-short-stories-data.ts",
    `${modelSource(
      "LEARNED_SHORT_STORIES_GAP_MODEL",
      "The decoder's gap model for dumps of short stories, fitted on dumps of briefs (see corpus/train-short-stories.ts).",
      GAP_FEATURE_NAMES,
      model,
    )}
/** Its score to calibrated log-odds of a boundary, by Platt scaling (see corpus/train-short-stories.ts). */
export const LEARNED_SHORT_STORIES_GAP_CALIBRATION = ${calibrationSource(calibration)};
`,
  );
}

main();
