// Written by `npm run train` from the newsroom corpus: do not edit by hand.

/** Log-odds of a true start per kind of start, fitted by Platt scaling (see corpus/train-confidence.ts). */
export const LEARNED_START_CALIBRATION = {
  "headline": { scale: 0.771, offset: 0.543 },
  "headline-rule": { scale: 0.000, offset: 2.727 },
  "byline": { scale: 0.000, offset: -0.693 },
  "dateline": { scale: 0.000, offset: 0.765 },
  "gap": { scale: 0.652, offset: 0.214 },
};
