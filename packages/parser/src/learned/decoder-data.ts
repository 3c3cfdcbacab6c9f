// Written by `npm run train` from the newsroom corpus: do not edit by hand.

/** Decoder gap score to calibrated log-odds of a boundary, by Platt scaling (see corpus/train-decoder.ts). */
export const LEARNED_GAP_CALIBRATION = { scale: 0.8504, offset: -0.9537 };

/** How many body paragraphs articles run, and the base rate of boundaries (see corpus/train-decoder.ts). */
export const LEARNED_LENGTH_PRIOR = {
  baseLogOdds: -3.7467,
  logTail: -0.0800,
  // log P(length), for lengths 0 (unused) to 80.
  logLength: [-Infinity, -3.184, -3.184, -3.184, -3.184, -3.184, -3.184, -3.184, -3.184, -3.184, -3.184, -3.184, -3.184, -3.209, -3.242, -3.292, -3.333, -3.417, -3.484, -3.608, -3.687, -3.812, -3.870, -3.983, -4.066, -4.165, -4.217, -4.313, -4.443, -4.623, -4.686, -4.689, -4.687, -4.784, -4.965, -5.145, -5.273, -5.321, -5.412, -5.510, -5.617, -5.625, -5.711, -5.830, -6.076, -6.377, -6.810, -7.300, -7.710, -8.190, -8.809, -9.145, -8.809, -8.558, -8.809, -8.809, -8.809, -8.558, -8.809, -9.020, -8.909, -8.558, -8.419, -8.718, -9.145, -9.656, -9.656, -9.656, -9.656, -9.656, -9.656, -9.656, -9.656, -9.656, -9.656, -9.656, -9.656, -9.656, -9.656, -9.656, -9.656],
};
