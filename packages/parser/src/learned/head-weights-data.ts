// Written by `npm run train` from the newsroom corpus: do not edit by hand.

/** Weights of the headline evidence, fitted by logistic regression (see corpus/train-heads.ts). */
export const LEARNED_HEAD_WEIGHTS = {
  bias: -3.987,
  headline: 5.786,
  nextLede: 1.667,
  previousEnding: 2.034,
  wordCohesion: -3.622,
  subheadRule: -0.707,
  short: -0.743,
  sentenceCase: -0.502,
  vocabularyBreak: 0.881,
  newCastRecurs: 1.140,
  rightWordCohesion: -4.794,
  rightCastCohesion: -2.517,
  fullName: -0.473,
  longLede: 0.497,
  previousShort: -0.709,
  lineInNext: 1.711,
  lineInBefore: -2.943,
  debrisAbove: 0.789,
  noBodyYet: -4.320,
};
