// Written by `npm run train` from the newsroom corpus: do not edit by hand.

/** The headline evidence model, fitted by logistic regression (see corpus/train-heads.ts). */
export const LEARNED_HEAD_MODEL = {
  bias: -4.181,
  shapes: {
    headline: { knots: [0, 1], values: [0, 5.914] },
    nextLede: { knots: [0, 1], values: [0, 1.675] },
    previousEnding: { knots: [0, 1], values: [0, 2.087] },
    wordCohesion: { knots: [0, 1], values: [0, -3.698] },
    subheadRule: { knots: [0, 1], values: [0, -0.716] },
    short: { knots: [0, 1], values: [0, -0.753] },
    sentenceCase: { knots: [0, 1], values: [0, -0.459] },
    vocabularyBreak: { knots: [0, 1], values: [0, 0.917] },
    newCastRecurs: { knots: [0, 1], values: [0, 1.121] },
    rightWordCohesion: { knots: [0, 1], values: [0, -4.831] },
    rightCastCohesion: { knots: [0, 1], values: [0, -2.478] },
    fullName: { knots: [0, 1], values: [0, -0.450] },
    longLede: { knots: [0, 1], values: [0, 0.550] },
    previousShort: { knots: [0, 1], values: [0, -0.722] },
    lineInNext: { knots: [0, 1], values: [0, 1.713] },
    lineInBefore: { knots: [0, 1], values: [0, -2.906] },
    debrisAbove: { knots: [0, 1], values: [0, 0.769] },
    noBodyYet: { knots: [0, 1], values: [0, -4.251] },
  },
};
