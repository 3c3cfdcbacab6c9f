// Written by `npm run train` from the newsroom corpus: do not edit by hand.

/** Decoder gap score to calibrated log-odds of a boundary, by Platt scaling (see corpus/train-decoder.ts). */
export const LEARNED_GAP_CALIBRATION = { scale: 0.8603, offset: -0.8965 };

/** How many body paragraphs articles run, and the base rate of boundaries (see corpus/train-decoder.ts). */
export const LEARNED_LENGTH_PRIOR = {
  baseLogOdds: -3.7573,
  logTail: -0.0741,
  // log P(length), for lengths 0 (unused) to 80.
  logLength: [-Infinity, -3.197, -3.197, -3.197, -3.197, -3.197, -3.197, -3.197, -3.197, -3.197, -3.197, -3.197, -3.197, -3.202, -3.209, -3.252, -3.310, -3.412, -3.500, -3.616, -3.690, -3.780, -3.825, -3.921, -4.023, -4.134, -4.208, -4.294, -4.429, -4.582, -4.652, -4.664, -4.692, -4.835, -5.010, -5.189, -5.283, -5.397, -5.511, -5.635, -5.676, -5.635, -5.660, -5.764, -6.036, -6.410, -6.909, -7.425, -7.733, -8.180, -8.548, -9.011, -8.799, -9.011, -9.279, -9.136, -8.799, -8.548, -8.708, -8.900, -9.136, -9.279, -9.446, -9.647, -9.647, -9.647, -9.647, -9.647, -9.647, -9.647, -9.647, -9.647, -9.647, -9.647, -9.647, -9.647, -9.647, -9.647, -9.647, -9.647, -9.647],
};
