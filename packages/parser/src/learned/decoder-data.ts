// Written by `npm run train` from the newsroom corpus: do not edit by hand.

/** Decoder gap score to calibrated log-odds of a boundary, by Platt scaling (see corpus/train-decoder.ts). */
export const LEARNED_GAP_CALIBRATION = { scale: 0.8647, offset: -0.8738 };

/** How many body paragraphs articles run, and the base rate of boundaries (see corpus/train-decoder.ts). */
export const LEARNED_LENGTH_PRIOR = {
  baseLogOdds: -3.7251,
  logTail: -0.0741,
  // log P(length), for lengths 0 (unused) to 80.
  logLength: [-Infinity, -3.196, -3.196, -3.196, -3.196, -3.196, -3.196, -3.196, -3.196, -3.196, -3.196, -3.196, -3.196, -3.202, -3.212, -3.255, -3.315, -3.417, -3.503, -3.610, -3.683, -3.763, -3.812, -3.908, -4.030, -4.153, -4.230, -4.311, -4.437, -4.587, -4.646, -4.648, -4.684, -4.842, -5.031, -5.198, -5.260, -5.371, -5.492, -5.637, -5.691, -5.650, -5.674, -5.752, -6.020, -6.386, -6.911, -7.427, -7.735, -8.182, -8.550, -9.013, -8.801, -9.013, -9.281, -9.138, -8.801, -8.550, -8.710, -8.902, -9.138, -9.281, -9.448, -9.649, -9.649, -9.649, -9.649, -9.649, -9.649, -9.649, -9.649, -9.649, -9.649, -9.649, -9.649, -9.649, -9.649, -9.649, -9.649, -9.649, -9.649],
};
