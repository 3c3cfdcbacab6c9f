import { GAP_FEATURE_NAMES } from "../gap-features.js";
import type { GapModel } from "../gap-scorer.js";
import type { ComposedDump } from "../test-support/compose-dump.js";
import { type GapOrigins, gapSamples, labeledRuns } from "../test-support/fit-gap-weights.js";
import { sampleScorer } from "./additive-fit.js";
import type { CorpusArticle } from "./corpus-articles.js";
import { CORPUS_LAYOUTS, corpusDumps } from "./corpus-dumps.js";
import { type GapReading, SHORT_STORY_PARAGRAPHS } from "./gap-training-samples.js";
import { fitDense } from "./logistic.js";

/** A Platt scaling, and the base rate of boundaries among the gaps it was fitted on. */
export interface Calibration {
  scale: number;
  offset: number;
  baseLogOdds: number;
}

/** A calibration as the learned files declare it. */
export function calibrationSource({ scale, offset }: Calibration): string {
  return `{ scale: ${scale.toFixed(4)}, offset: ${offset.toFixed(4)} }`;
}

// Articles taken from one outlet for the calibration's dumps: briefs are cut short, so the short
// stories' takes three times as many.
const PER_OUTLET = { articles: 16, shortStories: 48 };

/**
 * The Platt scaling of `model`'s score on the training outlets' dumps in every layout (of
 * briefs where `reading` says so), measured back to where `origins` has each article begin and
 * read as `reading` says, and the articles' lengths there.
 */
export function calibrate(
  train: readonly CorpusArticle[],
  model: GapModel,
  origins: GapOrigins,
  reading: GapReading = {},
): { calibration: Calibration; lengths: number[] } {
  const readsLean = reading.readsLean ?? true;
  const briefs = reading.shortStories ?? false;
  const perOutlet = briefs ? PER_OUTLET.shortStories : PER_OUTLET.articles;
  const score = sampleScorer(GAP_FEATURE_NAMES, model);
  const scores: Float64Array[] = [];
  const labels: number[] = [];
  const lengths: number[] = [];
  for (const layout of CORPUS_LAYOUTS) {
    const briefParagraphs = SHORT_STORY_PARAGRAPHS;
    for (const dump of corpusDumps(train, {
      layout,
      seed: 17,
      perOutlet,
      briefs,
      briefParagraphs,
    })) {
      lengths.push(...articleLengths(dump));
      const starts = new Set(dump.truth.map((t) => t.startLine));
      for (const sample of gapSamples(dump.text, starts, origins, readsLean, briefs)) {
        scores.push(Float64Array.of(score(sample.x)));
        labels.push(sample.y);
      }
    }
  }
  const [offset, scale] = fitDense(scores, labels, { l2: 0.01 }) as [number, number];
  const positives = labels.filter((y) => y === 1).length;
  const baseLogOdds = Math.log(positives / (labels.length - positives));
  console.log(
    `${labels.length} gaps, ${positives} boundaries (base log-odds ${baseLogOdds.toFixed(3)}); calibrated log-odds ${scale.toFixed(3)} x score + ${offset.toFixed(3)}`,
  );
  return { calibration: { scale, offset, baseLogOdds }, lengths };
}

/** How many body paragraphs each article of a dump runs, between its boundaries. */
function articleLengths(dump: ComposedDump): number[] {
  const lengths: number[] = [];
  for (const run of labeledRuns(dump.text, new Set(dump.truth.map((t) => t.startLine)))) {
    let from = 0;
    for (let g = 1; g <= run.body.length; g++) {
      if (g < run.body.length && run.labels[g] !== 1) continue;
      lengths.push(g - from);
      from = g;
    }
  }
  return lengths;
}
