// Written by `npm run train` from the newsroom corpus: do not edit by hand.

/** Decoder gap score to calibrated log-odds of a boundary, by Platt scaling (see corpus/train-decoder.ts). */
export const LEARNED_GAP_CALIBRATION = { scale: 0.8593, offset: -0.5415 };

/** How many body paragraphs articles run, and the base rate of boundaries (see corpus/train-decoder.ts). */
export const LEARNED_LENGTH_PRIOR = {
  baseLogOdds: -3.6519,
  logTail: -0.0741,
  // log P(length), for lengths 0 (unused) to 80.
  logLength: [-Infinity, -3.183, -3.183, -3.183, -3.183, -3.183, -3.183, -3.183, -3.183, -3.183, -3.183, -3.183, -3.183, -3.185, -3.202, -3.258, -3.329, -3.431, -3.518, -3.626, -3.715, -3.800, -3.850, -3.930, -4.045, -4.161, -4.250, -4.329, -4.451, -4.560, -4.614, -4.627, -4.710, -4.885, -5.071, -5.210, -5.237, -5.335, -5.451, -5.633, -5.730, -5.712, -5.803, -5.902, -6.191, -6.470, -6.945, -7.456, -7.843, -8.295, -8.806, -9.653, -9.653, -9.653, -9.653, -9.142, -8.806, -8.554, -8.715, -8.906, -9.142, -9.285, -9.452, -9.653, -9.653, -9.653, -9.653, -9.653, -9.653, -9.653, -9.653, -9.653, -9.653, -9.653, -9.653, -9.653, -9.653, -9.653, -9.653, -9.653, -9.653],
};
