// Written by `npm run train` from the newsroom corpus: do not edit by hand.

/** Weights of the gap evidence, fitted by logistic regression (see corpus/train-gaps.ts). */
export const LEARNED_GAP_WEIGHTS = {
  bias: -5.498,
  continuationOpening: -0.406,
  titledReference: -0.017,
  fullName: 0.132,
  short: -0.431,
  dayAnchor: 0.801,
  anaphoricOpening: -0.249,
  titledBackReferences: -1.589,
  castBreak: 1.171,
  vocabularyBreak: 1.403,
  newCastRecurs: 2.187,
  additive: -0.299,
  ledeLike: 2.684,
  long: -1.161,
  endingLike: 1.610,
  ledeCohesion: -4.825,
  wordCohesion: -5.886,
  castCohesion: -5.551,
  afterQuestion: -0.492,
};
