// Written by `npm run train` from the newsroom corpus: do not edit by hand.

/** Decoder gap score to calibrated log-odds of a boundary, by Platt scaling (see corpus/train-decoder.ts). */
export const LEARNED_GAP_CALIBRATION = { scale: 0.8496, offset: -0.9578 };

/** How many body paragraphs articles run, and the base rate of boundaries (see corpus/train-decoder.ts). */
export const LEARNED_LENGTH_PRIOR = {
  baseLogOdds: -3.7471,
  logTail: -0.0800,
  // log P(length), for lengths 0 (unused) to 80.
  logLength: [-Infinity, -3.181, -3.181, -3.181, -3.181, -3.181, -3.181, -3.181, -3.181, -3.181, -3.181, -3.181, -3.181, -3.203, -3.242, -3.297, -3.340, -3.421, -3.490, -3.614, -3.696, -3.815, -3.876, -3.984, -4.071, -4.168, -4.223, -4.310, -4.435, -4.613, -4.689, -4.697, -4.695, -4.798, -4.980, -5.163, -5.259, -5.316, -5.406, -5.523, -5.609, -5.616, -5.702, -5.819, -6.061, -6.355, -6.853, -7.368, -7.814, -8.193, -8.812, -9.149, -8.812, -8.561, -8.812, -8.812, -8.812, -8.561, -8.812, -9.023, -8.912, -8.561, -8.423, -8.721, -9.149, -9.659, -9.659, -9.659, -9.659, -9.659, -9.659, -9.659, -9.659, -9.659, -9.659, -9.659, -9.659, -9.659, -9.659, -9.659, -9.659],
};
