// Written by `npm run train` from the newsroom corpus: do not edit by hand.

/** Weights of the gap evidence as the decoder measures it (see corpus/train-decoder.ts). */
export const LEARNED_DECODER_GAP_WEIGHTS = {
  bias: -4.316,
  continuationOpening: -0.362,
  titledReference: -0.068,
  fullName: 0.051,
  short: -0.449,
  dayAnchor: 0.779,
  anaphoricOpening: -0.324,
  titledBackReferences: -1.507,
  castBreak: 0.644,
  vocabularyBreak: 0.848,
  newCastRecurs: 2.281,
  additive: -0.306,
  ledeLike: 2.781,
  long: -1.012,
  endingLike: 1.705,
  ledeCohesion: -5.226,
  wordCohesion: -9.706,
  castCohesion: -5.865,
  afterQuestion: -0.513,
};
