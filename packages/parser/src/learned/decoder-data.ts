// Written by `npm run train` from the newsroom corpus: do not edit by hand.

/** Decoder gap score to calibrated log-odds of a boundary, by Platt scaling (see corpus/train-decoder.ts). */
export const LEARNED_GAP_CALIBRATION = { scale: 0.8500, offset: -0.9582 };

/** How many body paragraphs articles run, and the base rate of boundaries (see corpus/train-decoder.ts). */
export const LEARNED_LENGTH_PRIOR = {
  baseLogOdds: -3.7475,
  logTail: -0.0800,
  // log P(length), for lengths 0 (unused) to 80.
  logLength: [-Infinity, -3.182, -3.182, -3.182, -3.182, -3.182, -3.182, -3.182, -3.182, -3.182, -3.182, -3.182, -3.182, -3.205, -3.246, -3.300, -3.343, -3.423, -3.496, -3.618, -3.697, -3.811, -3.871, -3.981, -4.071, -4.168, -4.216, -4.297, -4.414, -4.596, -4.679, -4.696, -4.695, -4.797, -4.980, -5.163, -5.259, -5.315, -5.406, -5.523, -5.608, -5.616, -5.701, -5.818, -6.060, -6.355, -6.852, -7.367, -7.813, -8.193, -8.812, -9.148, -8.812, -8.560, -8.812, -8.812, -8.812, -8.560, -8.812, -9.023, -8.912, -8.560, -8.422, -8.721, -9.148, -9.659, -9.659, -9.659, -9.659, -9.659, -9.659, -9.659, -9.659, -9.659, -9.659, -9.659, -9.659, -9.659, -9.659, -9.659, -9.659],
};
