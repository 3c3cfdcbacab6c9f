// Written by `npm run train` from the newsroom corpus: do not edit by hand.

/** Decoder gap score to calibrated log-odds of a boundary, by Platt scaling (see corpus/train-decoder.ts). */
export const LEARNED_GAP_CALIBRATION = { scale: 0.8499, offset: -0.9580 };

/** How many body paragraphs articles run, and the base rate of boundaries (see corpus/train-decoder.ts). */
export const LEARNED_LENGTH_PRIOR = {
  baseLogOdds: -3.7476,
  logTail: -0.0800,
  // log P(length), for lengths 0 (unused) to 80.
  logLength: [-Infinity, -3.182, -3.182, -3.182, -3.182, -3.182, -3.182, -3.182, -3.182, -3.182, -3.182, -3.182, -3.182, -3.205, -3.246, -3.300, -3.343, -3.423, -3.496, -3.618, -3.697, -3.811, -3.871, -3.981, -4.071, -4.170, -4.220, -4.303, -4.418, -4.598, -4.679, -4.696, -4.695, -4.797, -4.980, -5.158, -5.248, -5.298, -5.396, -5.523, -5.620, -5.624, -5.706, -5.818, -6.060, -6.355, -6.852, -7.367, -7.779, -8.095, -8.560, -8.912, -8.721, -8.560, -8.812, -8.812, -8.812, -8.560, -8.812, -9.023, -8.912, -8.560, -8.422, -8.721, -9.148, -9.659, -9.659, -9.659, -9.659, -9.659, -9.659, -9.659, -9.659, -9.659, -9.659, -9.659, -9.659, -9.659, -9.659, -9.659, -9.659],
};
