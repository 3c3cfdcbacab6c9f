// Written by `npm run train` from the newsroom corpus: do not edit by hand.

/** Decoder gap score to calibrated log-odds of a boundary, by Platt scaling (see corpus/train-decoder.ts). */
export const LEARNED_GAP_CALIBRATION = { scale: 0.8505, offset: -0.9558 };

/** How many body paragraphs articles run, and the base rate of boundaries (see corpus/train-decoder.ts). */
export const LEARNED_LENGTH_PRIOR = {
  baseLogOdds: -3.7460,
  logTail: -0.0800,
  // log P(length), for lengths 0 (unused) to 80.
  logLength: [-Infinity, -3.184, -3.184, -3.184, -3.184, -3.184, -3.184, -3.184, -3.184, -3.184, -3.184, -3.184, -3.184, -3.205, -3.241, -3.292, -3.337, -3.419, -3.488, -3.607, -3.687, -3.807, -3.871, -3.982, -4.069, -4.166, -4.221, -4.311, -4.437, -4.615, -4.682, -4.690, -4.688, -4.796, -4.978, -5.161, -5.257, -5.313, -5.404, -5.521, -5.606, -5.614, -5.700, -5.817, -6.058, -6.353, -6.850, -7.366, -7.811, -8.191, -8.810, -9.146, -8.810, -8.559, -8.810, -8.810, -8.810, -8.559, -8.810, -9.021, -8.910, -8.559, -8.420, -8.719, -9.146, -9.657, -9.657, -9.657, -9.657, -9.657, -9.657, -9.657, -9.657, -9.657, -9.657, -9.657, -9.657, -9.657, -9.657, -9.657, -9.657],
};
