// Written by `npm run train` from the newsroom corpus: do not edit by hand.

/** Weights of the gap evidence as the decoder measures it (see corpus/train-decoder.ts). */
export const LEARNED_DECODER_GAP_WEIGHTS = {
  bias: -4.258,
  continuationOpening: -0.393,
  titledReference: -0.078,
  fullName: 0.047,
  short: -0.437,
  dayAnchor: 0.779,
  anaphoricOpening: -0.338,
  titledBackReferences: -1.624,
  castBreak: 0.626,
  vocabularyBreak: 0.841,
  newCastRecurs: 2.298,
  additive: -0.310,
  ledeLike: 2.757,
  long: -1.038,
  endingLike: 1.672,
  ledeCohesion: -5.376,
  wordCohesion: -9.542,
  castCohesion: -5.908,
  afterQuestion: -0.321,
};
