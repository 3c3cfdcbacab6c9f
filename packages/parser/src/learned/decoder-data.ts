// Written by `npm run train` from the newsroom corpus: do not edit by hand.

/** Decoder gap score to calibrated log-odds of a boundary, by Platt scaling (see corpus/train-decoder.ts). */
export const LEARNED_GAP_CALIBRATION = { scale: 0.8588, offset: -0.9043 };

/** How many body paragraphs articles run, and the base rate of boundaries (see corpus/train-decoder.ts). */
export const LEARNED_LENGTH_PRIOR = {
  baseLogOdds: -3.7619,
  logTail: -0.0741,
  // log P(length), for lengths 0 (unused) to 80.
  logLength: [-Infinity, -3.191, -3.191, -3.191, -3.191, -3.191, -3.191, -3.191, -3.191, -3.191, -3.191, -3.191, -3.191, -3.215, -3.237, -3.286, -3.333, -3.416, -3.485, -3.596, -3.677, -3.774, -3.814, -3.908, -4.020, -4.150, -4.230, -4.308, -4.443, -4.611, -4.684, -4.666, -4.670, -4.801, -5.002, -5.175, -5.256, -5.324, -5.465, -5.637, -5.751, -5.707, -5.707, -5.787, -6.027, -6.368, -6.836, -7.365, -7.742, -8.190, -8.557, -9.020, -8.809, -9.020, -9.288, -9.145, -8.809, -8.557, -8.718, -8.909, -9.145, -9.288, -9.455, -9.656, -9.656, -9.656, -9.656, -9.656, -9.656, -9.656, -9.656, -9.656, -9.656, -9.656, -9.656, -9.656, -9.656, -9.656, -9.656, -9.656, -9.656],
};
