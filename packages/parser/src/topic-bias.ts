import type { GapModel } from "./gap-scorer.js";
import { GAP_TOPIC_FEATURE_NAMES } from "./topic-features.js";

/**
 * The model with `bias` added where the topic evidence was measured (topicMeasured is 1 there,
 * 0 in an article too short to compare a gap with): the topic stage's bias, chosen with the
 * threshold (corpus/train-threshold.ts).
 */
export function withTopicBias(model: GapModel, bias: number): GapModel {
  return {
    ...model,
    shapes: { ...model.shapes, topicMeasured: { knots: [0, 1], values: [0, bias] } },
  };
}

/** The model with no topic evidence at all: what the threshold is chosen by. */
export function withoutTopics(model: GapModel): GapModel {
  const shapes = { ...model.shapes };
  for (const name of GAP_TOPIC_FEATURE_NAMES) shapes[name] = { knots: [0, 1], values: [0, 0] };
  return { ...model, shapes };
}
