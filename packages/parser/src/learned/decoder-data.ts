// Written by `npm run train` from the newsroom corpus: do not edit by hand.

/** Decoder gap score to calibrated log-odds of a boundary, by Platt scaling (see corpus/train-decoder.ts). */
export const LEARNED_GAP_CALIBRATION = { scale: 0.8875, offset: -0.8462 };

/** How many body paragraphs articles run, and the base rate of boundaries (see corpus/train-decoder.ts). */
export const LEARNED_LENGTH_PRIOR = {
  baseLogOdds: -3.6897,
  logTail: -0.6931,
  // log P(length), for lengths 0 (unused) to 80.
  logLength: [-Infinity, -3.177, -3.177, -3.177, -3.177, -3.177, -3.177, -3.177, -3.177, -3.177, -3.177, -3.187, -3.266, -3.318, -3.301, -3.261, -3.296, -3.393, -3.488, -3.586, -3.661, -3.792, -3.874, -4.030, -4.082, -4.169, -4.150, -4.222, -4.273, -4.379, -4.431, -4.527, -4.631, -4.873, -5.050, -5.205, -5.188, -5.327, -5.572, -5.903, -6.047, -5.925, -5.903, -5.969, -6.253, -6.651, -7.238, -8.059, -8.848, -9.359, -9.359, -9.359, -9.359, -9.359, -9.359, -9.359, -9.158, -8.611, -8.260, -8.122, -8.420, -8.848, -9.359, -9.359, -9.359, -9.359, -9.359, -9.359, -9.359, -9.359, -9.359, -9.359, -9.359, -9.359, -9.359, -9.359, -9.359, -9.359, -9.359, -9.359, -9.359],
};
