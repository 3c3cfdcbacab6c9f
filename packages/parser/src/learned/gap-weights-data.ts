// Written by `npm run train` from the newsroom corpus: do not edit by hand.

/** Weights of the gap evidence, fitted by logistic regression (see corpus/train-gaps.ts). */
export const LEARNED_GAP_WEIGHTS = {
  bias: -5.620,
  continuationOpening: -0.422,
  titledReference: -0.021,
  fullName: 0.157,
  short: -0.529,
  dayAnchor: 0.815,
  anaphoricOpening: -0.224,
  titledBackReferences: -1.523,
  castBreak: 1.169,
  vocabularyBreak: 1.446,
  newCastRecurs: 2.133,
  additive: -0.308,
  ledeLike: 2.748,
  long: -1.131,
  endingLike: 1.667,
  ledeCohesion: -4.808,
  wordCohesion: -5.866,
  castCohesion: -5.668,
  afterQuestion: -0.598,
};
