import type { Shape } from "../additive-model.js";
import { GAP_FEATURE_NAMES, type GapFeatures, type GapModel } from "../gap-features.js";
import type { Sample } from "../test-support/fit-gap-weights.js";
import { TOPIC_FEATURE_NAMES } from "../topic-features.js";
import { fitAdditive, sampleScorer } from "./additive-fit.js";
import { GAP_MODEL_FIT } from "./gap-training-samples.js";
import { fitDense } from "./logistic.js";

type GapName = keyof GapFeatures;

const isTopic = (name: string) => (TOPIC_FEATURE_NAMES as readonly string[]).includes(name);
const BASE_NAMES = GAP_FEATURE_NAMES.filter((name) => !isTopic(name));

/**
 * A gap model in two steps: the evidence every gap has, each feature through its learned shape
 * (fitAdditive), fitted on all gaps; then the topic evidence, one weight per feature, fitted on
 * top of that score with no bias but topicMeasured's. Where the article before a gap is too
 * short to compare the gap with (topic-features.ts) every topic feature is 0 and the gap adds
 * nothing to their fit: the topic weights are learned from the gaps that have them, and a short
 * story's gaps score as they would without them. Fitted together, the other weights leaned on
 * the topic evidence, and short stories, which have none, lost their starts.
 */
export function fitGapModel(samples: readonly Sample[]): GapModel {
  const ys = samples.map((s) => s.y);
  const pick = (s: Sample, names: readonly GapName[]) =>
    names.map((name) => s.x[GAP_FEATURE_NAMES.indexOf(name)] as number);
  const baseRows = samples.map((s) => pick(s, BASE_NAMES));
  const base = fitAdditive(BASE_NAMES, baseRows, ys, GAP_MODEL_FIT);
  const baseScore = sampleScorer(BASE_NAMES, base);
  const offsets = baseRows.map(baseScore);
  const topic = fitDense(
    samples.map((s) => Float64Array.from(pick(s, TOPIC_FEATURE_NAMES))),
    ys,
    { l2: 1, offsets, bias: false },
  );
  const shapes = { ...base.shapes } as Record<GapName, Shape>;
  TOPIC_FEATURE_NAMES.forEach((name, k) => {
    // Each topic feature lies in [0, 1]: its weight is its shape's rise over that range.
    shapes[name] = {
      knots: [0, 1],
      values: [0, Math.round((topic[k + 1] as number) * 1000) / 1000 || 0],
    };
  });
  return { bias: base.bias, shapes };
}
