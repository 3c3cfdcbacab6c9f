// Written by `npm run train` from the newsroom corpus: do not edit by hand.

/** Decoder gap score to calibrated log-odds of a boundary, by Platt scaling (see corpus/train-decoder.ts). */
export const LEARNED_GAP_CALIBRATION = { scale: 0.8542, offset: -0.8798 };

/** How many body paragraphs articles run, and the base rate of boundaries (see corpus/train-decoder.ts). */
export const LEARNED_LENGTH_PRIOR = {
  baseLogOdds: -3.7480,
  logTail: -0.0800,
  // log P(length), for lengths 0 (unused) to 80.
  logLength: [-Infinity, -3.183, -3.183, -3.183, -3.183, -3.183, -3.183, -3.183, -3.183, -3.183, -3.183, -3.183, -3.183, -3.206, -3.240, -3.293, -3.334, -3.417, -3.486, -3.614, -3.696, -3.819, -3.874, -3.984, -4.067, -4.166, -4.218, -4.311, -4.437, -4.611, -4.678, -4.686, -4.698, -4.807, -4.997, -5.162, -5.266, -5.305, -5.404, -5.511, -5.619, -5.626, -5.713, -5.831, -6.077, -6.378, -6.811, -7.301, -7.712, -8.191, -8.810, -9.147, -8.810, -8.559, -8.810, -8.810, -8.810, -8.559, -8.810, -9.022, -8.910, -8.559, -8.421, -8.719, -9.147, -9.658, -9.658, -9.658, -9.658, -9.658, -9.658, -9.658, -9.658, -9.658, -9.658, -9.658, -9.658, -9.658, -9.658, -9.658, -9.658],
};
