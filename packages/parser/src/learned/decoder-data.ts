// Written by `npm run train` from the newsroom corpus: do not edit by hand.

/** Decoder gap score to calibrated log-odds of a boundary, by Platt scaling (see corpus/train-decoder.ts). */
export const LEARNED_GAP_CALIBRATION = { scale: 0.8605, offset: -0.8667 };

/** How many body paragraphs articles run, and the base rate of boundaries (see corpus/train-decoder.ts). */
export const LEARNED_LENGTH_PRIOR = {
  baseLogOdds: -3.7076,
  logTail: -0.0741,
  // log P(length), for lengths 0 (unused) to 80.
  logLength: [-Infinity, -3.203, -3.203, -3.203, -3.203, -3.203, -3.203, -3.203, -3.203, -3.203, -3.203, -3.203, -3.203, -3.209, -3.214, -3.257, -3.312, -3.408, -3.495, -3.608, -3.689, -3.778, -3.822, -3.911, -4.005, -4.123, -4.202, -4.314, -4.441, -4.597, -4.623, -4.621, -4.630, -4.780, -4.957, -5.148, -5.247, -5.385, -5.519, -5.658, -5.674, -5.621, -5.633, -5.735, -5.964, -6.332, -6.824, -7.423, -7.731, -8.178, -8.546, -9.009, -8.797, -9.009, -9.277, -9.134, -8.797, -8.546, -8.706, -8.897, -9.134, -9.277, -9.444, -9.645, -9.645, -9.645, -9.645, -9.645, -9.645, -9.645, -9.645, -9.645, -9.645, -9.645, -9.645, -9.645, -9.645, -9.645, -9.645, -9.645, -9.645],
};
