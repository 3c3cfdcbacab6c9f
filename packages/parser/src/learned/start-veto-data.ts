// Written by `npm run train` from the newsroom corpus: do not edit by hand.

/** The start veto's logistic model of a false start (see corpus/train-start-veto.ts). */
export const LEARNED_START_VETO = {
  bias: 1.0589,
  weights: [-1.006, 0.5336, 0.4724, -0.2772, -0.5808, -0.0404, -0.7151, -0.9025, -0.7325, 12.9559, 0.9436, 5.891, -1.4398],
};
