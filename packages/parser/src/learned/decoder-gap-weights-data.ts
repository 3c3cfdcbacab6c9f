// Written by `npm run train` from the newsroom corpus: do not edit by hand.

/** The gap evidence model as the decoder measures it (see corpus/train-decoder.ts). */
export const LEARNED_DECODER_GAP_MODEL = {
  bias: -4.316,
  shapes: {
    continuationOpening: { knots: [0, 1], values: [0, -0.362] },
    titledReference: { knots: [0, 1], values: [0, -0.068] },
    fullName: { knots: [0, 1], values: [0, 0.051] },
    short: { knots: [0, 1], values: [0, -0.449] },
    dayAnchor: { knots: [0, 1], values: [0, 0.779] },
    anaphoricOpening: { knots: [0, 1], values: [0, -0.324] },
    titledBackReferences: { knots: [0, 1], values: [0, -1.507] },
    castBreak: { knots: [0, 1], values: [0, 0.644] },
    vocabularyBreak: { knots: [0, 1], values: [0, 0.848] },
    newCastRecurs: { knots: [0, 1], values: [0, 2.281] },
    additive: { knots: [0, 1], values: [0, -0.306] },
    ledeLike: { knots: [0, 1], values: [0, 2.781] },
    long: { knots: [0, 1], values: [0, -1.012] },
    endingLike: { knots: [0, 1], values: [0, 1.705] },
    ledeCohesion: { knots: [0, 1], values: [0, -5.226] },
    wordCohesion: { knots: [0, 1], values: [0, -9.706] },
    castCohesion: { knots: [0, 1], values: [0, -5.865] },
    afterQuestion: { knots: [0, 1], values: [0, -0.513] },
  },
};
