// Written by `npm run train` from the newsroom corpus: do not edit by hand.

/** Weights of the headline evidence, fitted by logistic regression (see corpus/train-heads.ts). */
export const LEARNED_HEAD_WEIGHTS = {
  bias: -3.862,
  headline: 5.957,
  nextLede: 2.148,
  previousEnding: 1.935,
  wordCohesion: -5.568,
  castCohesion: -2.055,
  subheadRule: -0.435,
  short: -0.802,
  sentenceCase: -0.513,
};
