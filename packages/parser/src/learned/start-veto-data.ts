// Written by `npm run train` from the newsroom corpus: do not edit by hand.

/** The start veto's logistic model of a false start (see corpus/train-start-veto.ts). */
export const LEARNED_START_VETO = {
  bias: 2.8126,
  weights: [-1.0398, 0.5459, 0.4939, -0.2671, -0.5776, -0.0525, -1.2748, -1.5527, -0.1681, 13.0765, 1.1272, 5.2834, -2.1399],
};
