import { GAP_FEATURE_NAMES, type GapFeatures } from "../gap-features.js";
import type { GapModel } from "../gap-scorer.js";
import { GAP_TOPIC_FEATURE_NAMES } from "../topic-features.js";
import { fitAdditive, sampleScorer } from "./additive-fit.js";
import type { GapSample } from "./gap-sample.js";
import { GAP_MODEL_FIT } from "./gap-training-samples.js";

type GapName = keyof GapFeatures;

const isTopic = (name: string) => (GAP_TOPIC_FEATURE_NAMES as readonly string[]).includes(name);
const BASE_NAMES = GAP_FEATURE_NAMES.filter((name) => !isTopic(name));

/**
 * A gap model in two steps: the evidence every gap has, each feature through its learned shape
 * (fitAdditive), fitted on all gaps; then the topic evidence, through shapes of its own, fitted
 * on top of that score with no bias but topicMeasured's (a topic feature is 0 where it was not
 * measured, the low end of its shape, so the shapes add nothing there). Shapes rather than one
 * weight each: on the validation fold, F1 0.749/0.748/0.746 -> 0.750/0.749/0.749 (one a line,
 * blank, wrapped), and the tighter ceiling spares measuring topics at more gaps. Where the
 * article before a gap is too short to compare the gap with (topic-features.ts) every topic
 * feature is 0 and the gap adds nothing to their fit: the topic shapes are learned from the
 * gaps that have them, and a short story's gaps score as they would without them. Fitted
 * together, the other weights leaned on the topic evidence, and short stories, which have
 * none, lost their starts.
 */
export function fitGapModel(samples: readonly GapSample[]): GapModel {
  const ys = samples.map((s) => s.y);
  const columnsOf = (names: readonly GapName[]) => names.map((n) => GAP_FEATURE_NAMES.indexOf(n));
  const pick = (s: GapSample, columns: readonly number[]) => columns.map((c) => s.x[c] as number);
  const baseColumns = columnsOf(BASE_NAMES);
  const topicColumns = columnsOf(GAP_TOPIC_FEATURE_NAMES);
  const baseRows = samples.map((s) => pick(s, baseColumns));
  const base = fitAdditive(BASE_NAMES, baseRows, ys, GAP_MODEL_FIT);
  const baseScore = sampleScorer(BASE_NAMES, base);
  const offsets = baseRows.map(baseScore);
  const topicRows = samples.map((s) => pick(s, topicColumns));
  const topic = fitAdditive(GAP_TOPIC_FEATURE_NAMES, topicRows, ys, GAP_MODEL_FIT, { offsets });
  return { bias: base.bias + topic.bias, shapes: { ...base.shapes, ...topic.shapes } };
}
