// Written by `npm run train` from the newsroom corpus: do not edit by hand.

/** Decoder gap score to calibrated log-odds of a boundary, by Platt scaling (see corpus/train-decoder.ts). */
export const LEARNED_GAP_CALIBRATION = { scale: 0.8609, offset: -0.8989 };

/** How many body paragraphs articles run, and the base rate of boundaries (see corpus/train-decoder.ts). */
export const LEARNED_LENGTH_PRIOR = {
  baseLogOdds: -3.7598,
  logTail: -0.0741,
  // log P(length), for lengths 0 (unused) to 80.
  logLength: [-Infinity, -3.197, -3.197, -3.197, -3.197, -3.197, -3.197, -3.197, -3.197, -3.197, -3.197, -3.197, -3.197, -3.201, -3.209, -3.252, -3.309, -3.412, -3.500, -3.615, -3.690, -3.777, -3.822, -3.918, -4.025, -4.136, -4.211, -4.293, -4.428, -4.582, -4.651, -4.663, -4.691, -4.834, -5.009, -5.188, -5.282, -5.396, -5.510, -5.635, -5.676, -5.635, -5.659, -5.764, -6.035, -6.410, -6.909, -7.425, -7.733, -8.180, -8.548, -9.010, -8.799, -9.010, -9.279, -9.135, -8.799, -8.548, -8.708, -8.899, -9.135, -9.279, -9.446, -9.646, -9.646, -9.646, -9.646, -9.646, -9.646, -9.646, -9.646, -9.646, -9.646, -9.646, -9.646, -9.646, -9.646, -9.646, -9.646, -9.646, -9.646],
};
