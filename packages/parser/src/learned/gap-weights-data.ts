// Written by `npm run train` from the newsroom corpus: do not edit by hand.

/** The gap evidence model, fitted by logistic regression (see corpus/train-gaps.ts). */
export const LEARNED_GAP_MODEL = {
  bias: -6.13,
  shapes: {
    continuationOpening: { knots: [0, 1], values: [0, -0.353] },
    titledReference: { knots: [0, 1], values: [0, 0.004] },
    fullName: { knots: [0, 1], values: [0, 0.133] },
    short: { knots: [0, 1], values: [0, -0.04] },
    dayAnchor: { knots: [0, 1], values: [0, 0.734] },
    anaphoricOpening: { knots: [0, 1], values: [0, -0.218] },
    titledBackReferences: { knots: [0, 0.3333333333333333, 0.6666666666666666, 1], values: [0, -0.494, -0.901, -1.258] },
    castBreak: { knots: [0, 0.25, 0.33333333333333337, 0.5, 0.6666666666666667, 0.75, 1], values: [0, 0.24, 0.248, 0.3, 0.45, 0.59, 1.069] },
    vocabularyBreak: { knots: [0, 0.25, 0.33333333333333337, 0.5, 0.6666666666666667, 0.75, 1], values: [0, 0.115, 0.155, 0.309, 0.518, 0.659, 1.047] },
    newCastRecurs: { knots: [0, 0.3333333333333333, 0.5, 0.6666666666666666, 1], values: [0, 0.854, 1.162, 1.531, 2.052] },
    additive: { knots: [0, 1], values: [0, -0.257] },
    ledeLike: { knots: [0.0000015768585141290177, 0.0257, 0.0669, 0.124, 0.199, 0.303, 0.432, 0.581, 0.748, 0.9993692402357962], values: [0, 0.047, 0.179, 0.41, 0.772, 1.189, 1.483, 1.605, 1.995, 3.108] },
    long: { knots: [0, 0.188, 0.3, 0.375, 0.438, 0.512, 0.575, 0.65, 0.762, 1], values: [0, 0.197, 0.184, 0.208, 0.179, 0.021, -0.192, -0.341, -0.402, -0.657] },
    endingLike: { knots: [0.000552646237961092, 0.154, 0.241, 0.317, 0.393, 0.469, 0.541, 0.622, 0.72, 0.9984962634582181], values: [0, 0.37, 0.641, 0.816, 1.031, 1.182, 1.165, 1.135, 1.21, 2.34] },
    ledeCohesion: { knots: [0, 0.0617, 0.0965, 0.13, 0.165, 0.202, 0.247, 0.304, 0.398, 1], values: [0, -0.219, -0.476, -0.766, -1.039, -1.257, -1.426, -1.516, -1.517, -1.682] },
    wordCohesion: { knots: [0, 0.0465, 0.0746, 0.0981, 0.122, 0.147, 0.174, 0.207, 0.26, 1], values: [0, 0.091, -0.056, -0.282, -0.554, -0.859, -1.191, -1.591, -2.213, -10.523] },
    castCohesion: { knots: [0, 0.0692, 0.116, 0.161, 0.205, 0.26, 0.32, 0.398, 0.523, 1], values: [0, -0.325, -0.72, -1.107, -1.432, -1.719, -1.898, -1.991, -2.048, -2.539] },
    afterQuestion: { knots: [0, 1], values: [0, -0.685] },
    topicShift: { knots: [0, 1], values: [0, -1.815] },
    ledeTopicShift: { knots: [0, 1], values: [0, 0.06] },
    topicDepth: { knots: [0, 1], values: [0, 8.483] },
    topicContinues: { knots: [0, 1], values: [0, -4.7] },
    ledeTopicContinues: { knots: [0, 1], values: [0, -0.814] },
    topicMeasured: { knots: [0, 1], values: [0, 0.579] },
  },
};
