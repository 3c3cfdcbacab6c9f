// Written by `npm run train` from the newsroom corpus: do not edit by hand.

/** Weights of the gap evidence, fitted by logistic regression (see corpus/train-gaps.ts). */
export const LEARNED_GAP_WEIGHTS = {
  bias: -5.544,
  continuationOpening: -0.349,
  titledReference: 0.000,
  fullName: 0.123,
  short: -0.539,
  dayAnchor: 0.798,
  anaphoricOpening: -0.226,
  titledBackReferences: -1.458,
  castBreak: 1.177,
  vocabularyBreak: 1.392,
  newCastRecurs: 2.157,
  additive: -0.279,
  ledeLike: 2.793,
  long: -1.160,
  endingLike: 1.643,
  ledeCohesion: -4.738,
  wordCohesion: -6.076,
  castCohesion: -5.573,
  afterQuestion: -0.659,
};
