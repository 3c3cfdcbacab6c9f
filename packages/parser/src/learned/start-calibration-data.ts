// Written by `npm run train` from the newsroom corpus: do not edit by hand.

/** Log-odds of a true start per kind of start, fitted by Platt scaling (see corpus/train-confidence.ts). */
export const LEARNED_START_CALIBRATION = {
  "headline": { scale: 0.819, offset: 0.529 },
  "headline-rule": { scale: 0.000, offset: 1.421 },
  "byline": { scale: 0.000, offset: -2.010 },
  "dateline": { scale: 0.000, offset: 0.595 },
  "gap": { scale: 0.651, offset: 0.150 },
};
