import { GAP_FEATURE_NAMES } from "../gap-features.js";
import { composedSamples, gapSamples, type Sample } from "../test-support/fit-gap-weights.js";
import { loadFixtureArticles } from "../test-support/fixture-articles.js";
import { corpusOrExplain, splitByOutlet } from "./corpus-articles.js";
import { corpusDumps } from "./corpus-dumps.js";
import { writeWeights } from "./learned-files.js";
import { fitDense } from "./logistic.js";

/**
 * `npm run train`, second step: the weights of the gap evidence (gap-features.ts), fitted by
 * logistic regression on the gaps of dumps composed from the training outlets' articles (and
 * the project's fixtures, so the dumps the tests compose keep their figures). Logistic
 * regression because the evidence is a score per gap that the segmenter adds up and compares
 * with a threshold: its weights are that score, read at a glance, cheap to apply, and the
 * features already carry the non-linear work (windows, idf, the paragraph models).
 */
// Short stories written for the project, where the corpus's run long: without them the weights
// would learn that articles take twenty paragraphs to end.
const FIXTURE_SHARE = 0.3;

function main(): void {
  const corpus = corpusOrExplain("training", true);
  if (corpus === null) return;
  const { train } = splitByOutlet(corpus);
  const samples: Sample[] = [];
  for (const layout of ["lines", "blank"] as const) {
    for (const dump of corpusDumps(train, { layout, seed: 11, headlessRate: 0.7, perOutlet: 40 })) {
      samples.push(...gapSamples(dump.text, new Set(dump.truth.map((t) => t.startLine))));
    }
  }
  const corpusCount = samples.length;
  // The fixtures count as much as FIXTURE_SHARE of the corpus's gaps.
  const fixtures = composedSamples(loadFixtureArticles(), [1, 2, 3, 4, 5, 6]);
  const copies = Math.max(
    1,
    Math.round((corpusCount * FIXTURE_SHARE) / Math.max(1, fixtures.length)),
  );
  for (let c = 0; c < copies; c++) samples.push(...fixtures);
  console.log(
    `${corpusCount} corpus gaps (${samples.slice(0, corpusCount).filter((s) => s.y === 1).length} boundaries), fixtures x${copies}`,
  );
  const w = fitDense(
    samples.map((s) => Float64Array.from(s.x)),
    samples.map((s) => s.y),
    { l2: 1 },
  );
  writeWeights(
    "gap-weights-data.ts",
    "LEARNED_GAP_WEIGHTS",
    "Weights of the gap evidence, fitted by logistic regression (see corpus/train-gaps.ts).",
    GAP_FEATURE_NAMES,
    w,
  );
}

main();
