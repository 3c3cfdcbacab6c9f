// Written by `npm run train` from the newsroom corpus: do not edit by hand.

/** Weights of the gap evidence, fitted by logistic regression (see corpus/train-gaps.ts). */
export const LEARNED_GAP_WEIGHTS = {
  bias: -5.673,
  continuationOpening: -0.424,
  titledReference: -0.02,
  fullName: 0.125,
  short: -0.541,
  dayAnchor: 0.83,
  anaphoricOpening: -0.232,
  titledBackReferences: -1.488,
  castBreak: 1.127,
  vocabularyBreak: 1.458,
  newCastRecurs: 2.136,
  additive: -0.313,
  ledeLike: 2.756,
  long: -1.077,
  endingLike: 1.745,
  ledeCohesion: -4.748,
  wordCohesion: -5.793,
  castCohesion: -5.665,
  afterQuestion: -0.614,
};
