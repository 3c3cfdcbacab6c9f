// Written by `npm run train` from the newsroom corpus: do not edit by hand.

/** Decoder gap score to calibrated log-odds of a boundary, by Platt scaling (see corpus/train-decoder.ts). */
export const LEARNED_GAP_CALIBRATION = { scale: 0.8516, offset: -0.9048 };

/** How many body paragraphs articles run, and the base rate of boundaries (see corpus/train-decoder.ts). */
export const LEARNED_LENGTH_PRIOR = {
  baseLogOdds: -3.7681,
  logTail: -0.0800,
  // log P(length), for lengths 0 (unused) to 80.
  logLength: [-Infinity, -3.179, -3.179, -3.179, -3.179, -3.179, -3.179, -3.179, -3.179, -3.179, -3.179, -3.179, -3.179, -3.214, -3.249, -3.303, -3.336, -3.419, -3.481, -3.609, -3.688, -3.807, -3.863, -3.979, -4.082, -4.185, -4.238, -4.323, -4.455, -4.624, -4.687, -4.685, -4.688, -4.790, -4.972, -5.154, -5.282, -5.331, -5.423, -5.510, -5.630, -5.650, -5.738, -5.846, -6.077, -6.378, -6.811, -7.300, -7.711, -8.191, -8.810, -9.146, -8.810, -8.558, -8.810, -8.810, -8.810, -8.558, -8.810, -9.021, -8.910, -8.558, -8.420, -8.719, -9.146, -9.657, -9.657, -9.657, -9.657, -9.657, -9.657, -9.657, -9.657, -9.657, -9.657, -9.657, -9.657, -9.657, -9.657, -9.657, -9.657],
};
