import type { GapModel } from "./gap-scorer.js";
import { LEARNED_GAP_THRESHOLD, LEARNED_TOPIC_BIAS } from "./learned/gap-threshold-data.js";
import { LEARNED_GAP_MODEL } from "./learned/gap-weights-data.js";
import { withTopicBias } from "./topic-bias.js";

/**
 * How much each piece of gap evidence counts toward "a new article starts here"; a gap whose
 * score passes GAP_THRESHOLD is a boundary. Learned by `npm run train` (logistic regression over
 * each feature's value and its bends at learned cut points, on the gaps of dumps composed from
 * the newsroom corpus's training outlets and the project's fixtures; see corpus/train-gaps.ts),
 * the threshold then chosen for the best boundary F1 on other training dumps
 * (corpus/train-threshold.ts), and the topic evidence's own bias after it.
 */
export const GAP_MODEL: GapModel = withTopicBias(LEARNED_GAP_MODEL, LEARNED_TOPIC_BIAS);

export const GAP_THRESHOLD: number = LEARNED_GAP_THRESHOLD;
