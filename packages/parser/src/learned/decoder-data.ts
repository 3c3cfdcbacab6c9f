// Written by `npm run train` from the newsroom corpus: do not edit by hand.

/** Decoder gap score to calibrated log-odds of a boundary, by Platt scaling (see corpus/train-decoder.ts). */
export const LEARNED_GAP_CALIBRATION = { scale: 0.8561, offset: -0.8887 };

/** How many body paragraphs articles run, and the base rate of boundaries (see corpus/train-decoder.ts). */
export const LEARNED_LENGTH_PRIOR = {
  baseLogOdds: -3.7467,
  logTail: -0.0800,
  // log P(length), for lengths 0 (unused) to 80.
  logLength: [-Infinity, -3.184, -3.184, -3.184, -3.184, -3.184, -3.184, -3.184, -3.184, -3.184, -3.184, -3.184, -3.184, -3.207, -3.240, -3.291, -3.333, -3.417, -3.485, -3.608, -3.688, -3.812, -3.871, -3.983, -4.066, -4.165, -4.217, -4.310, -4.436, -4.610, -4.677, -4.684, -4.697, -4.805, -4.996, -5.160, -5.265, -5.304, -5.403, -5.510, -5.617, -5.625, -5.712, -5.830, -6.076, -6.377, -6.810, -7.300, -7.710, -8.190, -8.809, -9.146, -8.809, -8.558, -8.809, -8.809, -8.809, -8.558, -8.809, -9.020, -8.909, -8.558, -8.420, -8.718, -9.146, -9.656, -9.656, -9.656, -9.656, -9.656, -9.656, -9.656, -9.656, -9.656, -9.656, -9.656, -9.656, -9.656, -9.656, -9.656, -9.656],
};
