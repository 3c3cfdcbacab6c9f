// Written by `npm run train` from the newsroom corpus: do not edit by hand.

/** The headline evidence model, fitted by logistic regression (see corpus/train-heads.ts). */
export const LEARNED_HEAD_MODEL = {
  bias: -10.083,
  shapes: {
    headline: { knots: [-1, 1], values: [0, 11.828] },
    nextLede: { knots: [0.00006515782244253831, 0.9993167208855042], values: [0, 1.673] },
    previousEnding: { knots: [0.005544603803962176, 1], values: [0, 2.075] },
    wordCohesion: { knots: [0, 1], values: [0, -3.698] },
    subheadRule: { knots: [0, 1], values: [0, -0.716] },
    short: { knots: [0, 1], values: [0, -0.753] },
    sentenceCase: { knots: [0, 1], values: [0, -0.459] },
    vocabularyBreak: { knots: [0, 1], values: [0, 0.917] },
    newCastRecurs: { knots: [0, 1], values: [0, 1.121] },
    rightWordCohesion: { knots: [0, 1], values: [0, -4.831] },
    rightCastCohesion: { knots: [0, 1], values: [0, -2.478] },
    fullName: { knots: [0, 1], values: [0, -0.45] },
    longLede: { knots: [0, 1], values: [0, 0.55] },
    previousShort: { knots: [0, 1], values: [0, -0.722] },
    lineInNext: { knots: [0, 1], values: [0, 1.713] },
    lineInBefore: { knots: [0, 1], values: [0, -2.906] },
    debrisAbove: { knots: [0, 1], values: [0, 0.769] },
    noBodyYet: { knots: [0, 1], values: [0, -4.251] },
  },
};
