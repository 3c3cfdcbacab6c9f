// Written by `npm run train` from the newsroom corpus: do not edit by hand.

/** Log-odds of a true start per kind of start, fitted by Platt scaling (see corpus/train-confidence.ts). */
export const LEARNED_START_CALIBRATION = {
  "headline": { scale: 0.702, offset: 0.734 },
  "headline-rule": { scale: 0.000, offset: 2.600 },
  "byline": { scale: 0.000, offset: -0.742 },
  "dateline": { scale: 0.000, offset: 0.595 },
  "gap": { scale: 0.654, offset: 0.110 },
};
