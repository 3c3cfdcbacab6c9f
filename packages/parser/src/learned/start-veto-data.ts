// Written by `npm run train` from the newsroom corpus: do not edit by hand.

/** The start veto's logistic model of a false start (see corpus/train-start-veto.ts). */
export const LEARNED_START_VETO = {
  bias: 3.3095,
  weights: [-1.18, 0.6523, 0.5277, -0.2529, -0.5613, 0.0662, -1.5902, -1.7727, -0.0504, 10.5397, 1.524, 5.8121, -2.3266],
};
