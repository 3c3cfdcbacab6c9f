// Written by `npm run train` from the newsroom corpus: do not edit by hand.

/** Log-odds of a true start per kind of start, fitted by Platt scaling (see corpus/train-confidence.ts). */
export const LEARNED_START_CALIBRATION = {
  "headline": { scale: 0.812, offset: 0.575 },
  "headline-rule": { scale: 0.000, offset: 3.449 },
  "byline": { scale: 0.000, offset: -0.531 },
  "dateline": { scale: 0.000, offset: 0.765 },
  "gap": { scale: 0.479, offset: 0.273 },
};
