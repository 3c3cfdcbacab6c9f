// Written by `npm run train` from the newsroom corpus: do not edit by hand.

/** Weights of the headline evidence, fitted by logistic regression (see corpus/train-heads.ts). */
export const LEARNED_HEAD_WEIGHTS = {
  bias: -4.158,
  headline: 5.817,
  nextLede: 1.641,
  previousEnding: 2.139,
  wordCohesion: -3.619,
  subheadRule: -0.713,
  short: -0.793,
  sentenceCase: -0.468,
  vocabularyBreak: 0.876,
  newCastRecurs: 1.128,
  rightWordCohesion: -4.787,
  rightCastCohesion: -2.450,
  fullName: -0.441,
  longLede: 0.538,
  previousShort: -0.722,
  lineInNext: 1.734,
  lineInBefore: -2.918,
  debrisAbove: 0.818,
  noBodyYet: -4.087,
};
