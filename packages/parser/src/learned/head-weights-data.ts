// Written by `npm run train` from the newsroom corpus: do not edit by hand.

/** The headline evidence model, fitted by logistic regression (see corpus/train-heads.ts). */
export const LEARNED_HEAD_MODEL = {
  bias: -9.963,
  shapes: {
    headline: { knots: [-1, 1], values: [0, 11.635] },
    nextLede: { knots: [0.00006515782244253831, 0.9993167208855042], values: [0, 1.64] },
    previousEnding: { knots: [0.005544603803962176, 1], values: [0, 2.127] },
    wordCohesion: { knots: [0, 1], values: [0, -3.619] },
    subheadRule: { knots: [0, 1], values: [0, -0.713] },
    short: { knots: [0, 1], values: [0, -0.793] },
    sentenceCase: { knots: [0, 1], values: [0, -0.468] },
    vocabularyBreak: { knots: [0, 1], values: [0, 0.876] },
    newCastRecurs: { knots: [0, 1], values: [0, 1.128] },
    rightWordCohesion: { knots: [0, 1], values: [0, -4.787] },
    rightCastCohesion: { knots: [0, 1], values: [0, -2.45] },
    fullName: { knots: [0, 1], values: [0, -0.441] },
    longLede: { knots: [0, 1], values: [0, 0.538] },
    previousShort: { knots: [0, 1], values: [0, -0.722] },
    lineInNext: { knots: [0, 1], values: [0, 1.734] },
    lineInBefore: { knots: [0, 1], values: [0, -2.918] },
    debrisAbove: { knots: [0, 1], values: [0, 0.818] },
    noBodyYet: { knots: [0, 1], values: [0, -4.087] },
  },
};
