// Written by `npm run train` from the newsroom corpus: do not edit by hand.

/** Decoder gap score to calibrated log-odds of a boundary, by Platt scaling (see corpus/train-decoder.ts). */
export const LEARNED_GAP_CALIBRATION = { scale: 0.8503, offset: -0.9567 };

/** How many body paragraphs articles run, and the base rate of boundaries (see corpus/train-decoder.ts). */
export const LEARNED_LENGTH_PRIOR = {
  baseLogOdds: -3.7459,
  logTail: -0.0800,
  // log P(length), for lengths 0 (unused) to 80.
  logLength: [-Infinity, -3.185, -3.185, -3.185, -3.185, -3.185, -3.185, -3.185, -3.185, -3.185, -3.185, -3.185, -3.185, -3.207, -3.242, -3.292, -3.335, -3.418, -3.487, -3.606, -3.686, -3.806, -3.870, -3.980, -4.068, -4.165, -4.219, -4.309, -4.436, -4.614, -4.681, -4.688, -4.687, -4.794, -4.977, -5.160, -5.256, -5.312, -5.403, -5.520, -5.605, -5.613, -5.698, -5.815, -6.057, -6.352, -6.849, -7.365, -7.810, -8.190, -8.809, -9.145, -8.809, -8.557, -8.809, -8.809, -8.809, -8.557, -8.809, -9.020, -8.909, -8.557, -8.419, -8.718, -9.145, -9.656, -9.656, -9.656, -9.656, -9.656, -9.656, -9.656, -9.656, -9.656, -9.656, -9.656, -9.656, -9.656, -9.656, -9.656, -9.656],
};
