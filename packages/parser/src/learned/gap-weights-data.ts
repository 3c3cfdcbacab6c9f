// Written by `npm run train` from the newsroom corpus: do not edit by hand.

/** Weights of the gap evidence, fitted by logistic regression (see corpus/train-gaps.ts). */
export const LEARNED_GAP_WEIGHTS = {
  bias: -5.543,
  continuationOpening: -0.376,
  titledReference: -0.011,
  fullName: 0.136,
  short: -0.448,
  dayAnchor: 0.807,
  anaphoricOpening: -0.228,
  titledBackReferences: -1.448,
  castBreak: 1.165,
  vocabularyBreak: 1.419,
  newCastRecurs: 2.164,
  additive: -0.294,
  ledeLike: 2.715,
  long: -1.134,
  endingLike: 1.634,
  ledeCohesion: -4.660,
  wordCohesion: -6.058,
  castCohesion: -5.529,
  afterQuestion: -0.653,
};
