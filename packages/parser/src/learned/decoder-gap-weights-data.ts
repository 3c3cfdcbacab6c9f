// Written by `npm run train` from the newsroom corpus: do not edit by hand.

/** The gap evidence model as the decoder measures it (see corpus/train-decoder.ts). */
export const LEARNED_DECODER_GAP_MODEL = {
  bias: -5.028,
  shapes: {
    continuationOpening: { knots: [0, 1], values: [0, -0.357] },
    titledReference: { knots: [0, 1], values: [0, -0.067] },
    fullName: { knots: [0, 1], values: [0, 0.051] },
    short: { knots: [0, 1], values: [0, -0.045] },
    dayAnchor: { knots: [0, 1], values: [0, 0.729] },
    anaphoricOpening: { knots: [0, 1], values: [0, -0.293] },
    titledBackReferences: { knots: [0, 0.3333333333333333, 0.6666666666666666, 1], values: [0, -0.512, -0.986, -1.302] },
    castBreak: { knots: [0, 0.25, 0.33333333333333337, 0.5, 0.6666666666666667, 0.75, 1], values: [0, 0.234, 0.226, 0.239, 0.329, 0.41, 0.594] },
    vocabularyBreak: { knots: [0, 0.25, 0.33333333333333337, 0.5, 0.6666666666666667, 0.75, 1], values: [0, 0.056, 0.083, 0.208, 0.321, 0.404, 0.607] },
    newCastRecurs: { knots: [0, 0.3333333333333333, 0.5, 0.6666666666666666, 1], values: [0, 0.866, 1.199, 1.603, 2.15] },
    additive: { knots: [0, 1], values: [0, -0.265] },
    ledeLike: { knots: [0.0000015768585141290177, 0.0257, 0.0669, 0.124, 0.199, 0.303, 0.432, 0.581, 0.748, 0.9993692402357962], values: [0, 0.049, 0.184, 0.422, 0.789, 1.222, 1.538, 1.655, 2.062, 3.17] },
    long: { knots: [0, 0.188, 0.3, 0.375, 0.438, 0.512, 0.575, 0.65, 0.762, 1], values: [0, 0.248, 0.284, 0.318, 0.281, 0.104, -0.109, -0.241, -0.264, -0.412] },
    endingLike: { knots: [0.000552646237961092, 0.154, 0.241, 0.317, 0.393, 0.469, 0.541, 0.622, 0.72, 0.9984962634582181], values: [0, 0.352, 0.613, 0.778, 0.988, 1.15, 1.158, 1.148, 1.224, 2.328] },
    ledeCohesion: { knots: [0, 0.0638, 0.0992, 0.133, 0.168, 0.206, 0.25, 0.307, 0.4, 1], values: [0, -0.334, -0.625, -0.92, -1.187, -1.398, -1.537, -1.588, -1.539, -1.548] },
    wordCohesion: { knots: [0, 0.0517, 0.0795, 0.103, 0.127, 0.151, 0.178, 0.21, 0.263, 1], values: [0, -0.187, -0.473, -0.782, -1.116, -1.457, -1.834, -2.27, -2.962, -12.174] },
    castCohesion: { knots: [0, 0.0769, 0.126, 0.17, 0.215, 0.269, 0.331, 0.409, 0.532, 1], values: [0, -0.509, -0.961, -1.334, -1.649, -1.923, -2.116, -2.23, -2.282, -2.879] },
    afterQuestion: { knots: [0, 1], values: [0, -0.565] },
    topicShift: { knots: [0, 1], values: [0, 1.192] },
    ledeTopicShift: { knots: [0, 1], values: [0, 0.128] },
    topicDepth: { knots: [0, 1], values: [0, 5.202] },
    topicContinues: { knots: [0, 1], values: [0, -8.154] },
    ledeTopicContinues: { knots: [0, 1], values: [0, -2.45] },
    topicMeasured: { knots: [0, 1], values: [0, 0.235] },
  },
};
