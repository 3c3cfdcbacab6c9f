// Written by `npm run train` from the newsroom corpus: do not edit by hand.

/** Weights of the headline evidence, fitted by logistic regression (see corpus/train-heads.ts). */
export const LEARNED_HEAD_WEIGHTS = {
  bias: -4.181,
  headline: 5.914,
  nextLede: 1.675,
  previousEnding: 2.087,
  wordCohesion: -3.698,
  subheadRule: -0.716,
  short: -0.753,
  sentenceCase: -0.459,
  vocabularyBreak: 0.917,
  newCastRecurs: 1.121,
  rightWordCohesion: -4.831,
  rightCastCohesion: -2.478,
  fullName: -0.450,
  longLede: 0.550,
  previousShort: -0.722,
  lineInNext: 1.713,
  lineInBefore: -2.906,
  debrisAbove: 0.769,
  noBodyYet: -4.251,
};
