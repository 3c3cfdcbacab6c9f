// Written by `npm run train` from the newsroom corpus: do not edit by hand.

/** Decoder gap score to calibrated log-odds of a boundary, by Platt scaling (see corpus/train-decoder.ts). */
export const LEARNED_GAP_CALIBRATION = { scale: 0.8684, offset: -0.8492 };

/** How many body paragraphs articles run, and the base rate of boundaries (see corpus/train-decoder.ts). */
export const LEARNED_LENGTH_PRIOR = {
  baseLogOdds: -3.7019,
  logTail: -0.0741,
  // log P(length), for lengths 0 (unused) to 80.
  logLength: [-Infinity, -3.196, -3.196, -3.196, -3.196, -3.196, -3.196, -3.196, -3.196, -3.196, -3.196, -3.196, -3.196, -3.200, -3.209, -3.252, -3.315, -3.420, -3.511, -3.613, -3.687, -3.766, -3.819, -3.906, -4.011, -4.119, -4.206, -4.317, -4.470, -4.627, -4.666, -4.650, -4.682, -4.834, -5.049, -5.219, -5.291, -5.368, -5.468, -5.619, -5.697, -5.680, -5.688, -5.741, -5.954, -6.310, -6.826, -7.424, -7.732, -8.180, -8.547, -9.010, -8.799, -9.010, -9.278, -9.135, -8.799, -8.547, -8.708, -8.899, -9.135, -9.278, -9.445, -9.646, -9.646, -9.646, -9.646, -9.646, -9.646, -9.646, -9.646, -9.646, -9.646, -9.646, -9.646, -9.646, -9.646, -9.646, -9.646, -9.646, -9.646],
};
