// Written by `npm run train` from the newsroom corpus: do not edit by hand.

/** Weights of the headline evidence, fitted by logistic regression (see corpus/train-heads.ts). */
export const LEARNED_HEAD_WEIGHTS = {
  bias: -3.718,
  headline: 5.889,
  nextLede: 2.150,
  previousEnding: 1.797,
  wordCohesion: -5.619,
  castCohesion: -2.118,
  subheadRule: -0.456,
  short: -0.828,
  sentenceCase: -0.532,
};
