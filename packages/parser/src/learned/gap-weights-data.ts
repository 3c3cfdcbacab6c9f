// Written by `npm run train` from the newsroom corpus: do not edit by hand.

/** The gap evidence model, fitted by logistic regression (see corpus/train-gaps.ts). */
export const LEARNED_GAP_MODEL = {
  bias: -5.543,
  shapes: {
    continuationOpening: { knots: [0, 1], values: [0, -0.376] },
    titledReference: { knots: [0, 1], values: [0, -0.011] },
    fullName: { knots: [0, 1], values: [0, 0.136] },
    short: { knots: [0, 1], values: [0, -0.448] },
    dayAnchor: { knots: [0, 1], values: [0, 0.807] },
    anaphoricOpening: { knots: [0, 1], values: [0, -0.228] },
    titledBackReferences: { knots: [0, 1], values: [0, -1.448] },
    castBreak: { knots: [0, 1], values: [0, 1.165] },
    vocabularyBreak: { knots: [0, 1], values: [0, 1.419] },
    newCastRecurs: { knots: [0, 1], values: [0, 2.164] },
    additive: { knots: [0, 1], values: [0, -0.294] },
    ledeLike: { knots: [0, 1], values: [0, 2.715] },
    long: { knots: [0, 1], values: [0, -1.134] },
    endingLike: { knots: [0, 1], values: [0, 1.634] },
    ledeCohesion: { knots: [0, 1], values: [0, -4.660] },
    wordCohesion: { knots: [0, 1], values: [0, -6.058] },
    castCohesion: { knots: [0, 1], values: [0, -5.529] },
    afterQuestion: { knots: [0, 1], values: [0, -0.653] },
  },
};
