// Written by `npm run train` from the newsroom corpus: do not edit by hand.

/** Weights of the gap evidence as the decoder measures it (see corpus/train-decoder.ts). */
export const LEARNED_DECODER_GAP_WEIGHTS = {
  bias: -4.340,
  continuationOpening: -0.335,
  titledReference: -0.056,
  fullName: 0.037,
  short: -0.529,
  dayAnchor: 0.777,
  anaphoricOpening: -0.319,
  titledBackReferences: -1.535,
  castBreak: 0.655,
  vocabularyBreak: 0.824,
  newCastRecurs: 2.271,
  additive: -0.291,
  ledeLike: 2.852,
  long: -1.024,
  endingLike: 1.722,
  ledeCohesion: -5.319,
  wordCohesion: -9.606,
  castCohesion: -5.837,
  afterQuestion: -0.540,
};
