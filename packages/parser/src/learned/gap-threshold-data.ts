// Written by `npm run train` from the newsroom corpus: do not edit by hand.

/** The gap score a boundary must reach, chosen for a stable best boundary F1 (see corpus/train-threshold.ts). */
export const LEARNED_GAP_THRESHOLD = -1;
/** The topic evidence's bias (the weight of topicMeasured), chosen likewise. */
export const LEARNED_TOPIC_BIAS = 0;
