import { composedSamples, type GapOrigins, gapSamples } from "../test-support/fit-gap-weights.js";
import { loadFixtureArticles } from "../test-support/fixture-articles.js";
import type { AdditiveOptions } from "./additive-fit.js";
import type { CorpusArticle } from "./corpus-articles.js";
import { corpusDumps } from "./corpus-dumps.js";
import type { GapSample } from "./gap-sample.js";

/**
 * How the gap models' shapes are fitted (additive-fit.ts), chosen on the validation fold with
 * the gap model and threshold fitted on folds 2-4 (`npm run compare-models -- gaps`, then
 * `npm run sweep` under NEWSDESK_FIT_WITHOUT_VALIDATION=1): a weight each, log loss 0.0662,
 * AUC 0.945, boundary F1 0.726; bent at 8 cut points, 0.0635, 0.952, 0.734 (5 cuts with l2 0.3:
 * 0.0636, 0.951, 0.731; steps instead of bends, 6 cuts: 0.0638, 0.950; the 3 to 8 products of
 * two features the fit missed most, by the score test, gained nothing: 0.0635).
 */
export const GAP_MODEL_FIT: AdditiveOptions = { cuts: 8, kind: "hinge", l2: 1 };

// Short stories written for the project, where the corpus's run long: without them the weights
// would learn that articles take twenty paragraphs to end.
const FIXTURE_SHARE = 0.3;

/**
 * The labeled gaps a gap model is fitted on: those of dumps composed from the training outlets'
 * articles, and the project's fixtures counted as FIXTURE_SHARE of them (so the dumps the tests
 * compose keep their figures), each measured back to where `origins` has its article begin
 * (the short story's lean read unless `readsLean` is false: gapSamples).
 */
export function gapTrainingSamples(
  train: readonly CorpusArticle[],
  origins: GapOrigins,
  readsLean = true,
): GapSample[] {
  const samples: GapSample[] = [];
  for (const layout of ["lines", "blank"] as const) {
    for (const dump of corpusDumps(train, { layout, seed: 11, headlessRate: 0.7, perOutlet: 40 })) {
      const starts = new Set(dump.truth.map((t) => t.startLine));
      samples.push(...gapSamples(dump.text, starts, origins, readsLean));
    }
  }
  const corpusCount = samples.length;
  const fixtures = composedSamples(loadFixtureArticles(), [1, 2, 3, 4, 5, 6], origins, readsLean);
  const copies = Math.max(
    1,
    Math.round((corpusCount * FIXTURE_SHARE) / Math.max(1, fixtures.length)),
  );
  for (let c = 0; c < copies; c++) samples.push(...fixtures);
  console.log(
    `${corpusCount} corpus gaps (${samples.slice(0, corpusCount).filter((s) => s.y === 1).length} boundaries), fixtures x${copies}`,
  );
  return samples;
}
