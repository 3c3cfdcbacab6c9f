// Written by `npm run train` from the newsroom corpus: do not edit by hand.

/** Decoder gap score to calibrated log-odds of a boundary, by Platt scaling (see corpus/train-decoder.ts). */
export const LEARNED_GAP_CALIBRATION = { scale: 0.8626, offset: -0.8363 };

/** How many body paragraphs articles run, and the base rate of boundaries (see corpus/train-decoder.ts). */
export const LEARNED_LENGTH_PRIOR = {
  baseLogOdds: -3.6770,
  logTail: -0.0741,
  // log P(length), for lengths 0 (unused) to 80.
  logLength: [-Infinity, -3.195, -3.195, -3.195, -3.195, -3.195, -3.195, -3.195, -3.195, -3.195, -3.195, -3.195, -3.195, -3.198, -3.212, -3.257, -3.321, -3.428, -3.517, -3.619, -3.680, -3.755, -3.808, -3.901, -4.013, -4.127, -4.220, -4.329, -4.474, -4.614, -4.643, -4.627, -4.668, -4.834, -5.049, -5.211, -5.265, -5.349, -5.458, -5.631, -5.736, -5.732, -5.741, -5.768, -5.988, -6.334, -6.866, -7.424, -7.732, -8.180, -8.547, -9.010, -8.799, -9.010, -9.278, -9.135, -8.799, -8.547, -8.708, -8.899, -9.135, -9.278, -9.445, -9.646, -9.646, -9.646, -9.646, -9.646, -9.646, -9.646, -9.646, -9.646, -9.646, -9.646, -9.646, -9.646, -9.646, -9.646, -9.646, -9.646, -9.646],
};
