// Written by `npm run train` from the newsroom corpus: do not edit by hand.

/** The decoder's gap model for whole articles, fitted on its own path (see corpus/train-decoder.ts). */
export const LEARNED_ARTICLES_GAP_MODEL = {
  bias: -6.082,
  shapes: {
    continuationOpening: { knots: [0, 1], values: [0, -0.375] },
    titledReference: { knots: [0, 1], values: [0, 0.04] },
    fullName: { knots: [0, 1], values: [0, 0.004] },
    short: { knots: [0, 1], values: [0, -0.29] },
    dayAnchor: { knots: [0, 1], values: [0, 0.81] },
    anaphoricOpening: { knots: [0, 1], values: [0, -0.198] },
    titledBackReferences: { knots: [0, 0.3333333333333333, 0.6666666666666666, 1], values: [0, -0.573, -1.201, -1.67] },
    castBreak: { knots: [0, 0.25, 0.33333333333333337, 0.5, 0.6666666666666667, 0.75, 1], values: [0, 0.261, 0.276, 0.323, 0.452, 0.585, 1.098] },
    vocabularyBreak: { knots: [0, 0.25, 0.33333333333333337, 0.5, 0.6666666666666667, 0.75, 1], values: [0, 0.075, 0.123, 0.317, 0.507, 0.616, 0.928] },
    newCastRecurs: { knots: [0, 0.3333333333333333, 0.5, 0.6666666666666666, 1], values: [0, 0.839, 1.159, 1.526, 2.123] },
    additive: { knots: [0, 1], values: [0, -0.215] },
    ledeLike: { knots: [0.0000015768585141290177, 0.0257, 0.0669, 0.124, 0.199, 0.303, 0.432, 0.581, 0.748, 0.9993692402357962], values: [0, 0.044, 0.164, 0.379, 0.719, 1.127, 1.421, 1.535, 1.967, 2.987] },
    long: { knots: [0, 0.188, 0.3, 0.375, 0.45, 0.512, 0.575, 0.65, 0.762, 1], values: [0, 0.294, 0.394, 0.455, 0.43, 0.289, 0.089, -0.038, -0.073, -0.238] },
    endingLike: { knots: [0.000552646237961092, 0.154, 0.241, 0.317, 0.393, 0.464, 0.541, 0.622, 0.72, 0.9984962634582181], values: [0, 0.399, 0.68, 0.859, 1.076, 1.209, 1.183, 1.159, 1.251, 2.336] },
    ledeCohesion: { knots: [0, 0.0624, 0.0971, 0.131, 0.166, 0.203, 0.248, 0.305, 0.399, 1], values: [0, -0.282, -0.546, -0.837, -1.112, -1.33, -1.49, -1.561, -1.527, -1.386] },
    wordCohesion: { knots: [0, 0.0475, 0.0755, 0.0994, 0.123, 0.149, 0.175, 0.208, 0.261, 1], values: [0, -0.026, -0.203, -0.441, -0.711, -1.026, -1.34, -1.728, -2.325, -10.264] },
    castCohesion: { knots: [0, 0.0698, 0.116, 0.161, 0.205, 0.259, 0.32, 0.398, 0.523, 1], values: [0, -0.377, -0.791, -1.184, -1.494, -1.754, -1.928, -2.038, -2.126, -2.769] },
    vocabularyDivergence: { knots: [0, 1], values: [0, 0] },
    afterQuestion: { knots: [0, 1], values: [0, -0.666] },
    perfectVerb: { knots: [0, 1], values: [0, 0.061] },
    figure: { knots: [0, 1], values: [0, 0.012] },
    pictureCaption: { knots: [0, 1], values: [0, 1.941] },
    topicShift: { knots: [0, 0.00861, 0.0181, 0.0279, 0.0391, 0.0532, 0.0707, 0.096, 0.141, 0.8042163876901958], values: [0, 0.01, 0.03, 0.057, 0.092, 0.134, 0.176, 0.206, 0.179, -2.102] },
    ledeTopicShift: { knots: [0, 0.0144, 0.0303, 0.0486, 0.0701, 0.0969, 0.13, 0.175, 0.249, 0.7816752865505681], values: [0, 0.004, 0.013, 0.028, 0.05, 0.077, 0.104, 0.121, 0.117, -0.574] },
    topicDepth: { knots: [0, 0.00551, 0.012, 0.0187, 0.0269, 0.0366, 0.0497, 0.0682, 0.103, 0.6168000974761585], values: [0, 0.011, 0.033, 0.066, 0.114, 0.179, 0.273, 0.413, 0.673, 4.026] },
    topicContinues: { knots: [0, 0.0069, 0.0138, 0.0217, 0.0303, 0.041, 0.053, 0.0689, 0.0955, 0.5623451824559734], values: [0, -0.011, -0.033, -0.069, -0.12, -0.197, -0.294, -0.432, -0.671, -4.88] },
    ledeTopicContinues: { knots: [0, 0.0159, 0.0304, 0.0453, 0.0614, 0.0813, 0.102, 0.134, 0.18, 0.6717826731527756], values: [0, -0.022, -0.053, -0.09, -0.128, -0.164, -0.188, -0.206, -0.207, -0.171] },
    topicMeasured: { knots: [0, 1], values: [0, 0.353] },
    afterTopicHolds: { knots: [0, 0.00596, 0.0124, 0.0198, 0.0285, 0.0397, 0.0542, 0.0754, 0.116, 0.9198467204806816], values: [0, 0.026, 0.076, 0.151, 0.25, 0.375, 0.515, 0.661, 0.805, 0.958] },
    afterTopicRunsOn: { knots: [0, 0.00348, 0.00715, 0.0114, 0.0165, 0.0222, 0.0298, 0.0402, 0.0572, 0.3639081131300992], values: [0, -0.01, -0.029, -0.058, -0.1, -0.153, -0.228, -0.336, -0.515, -3.728] },
    shortStoryHolds: { knots: [0, 0.00432, 0.00914, 0.0139, 0.0195, 0.026, 0.0353, 0.0454, 0.0678, 0.5409929291779721], values: [0, 0.009, 0.026, 0.051, 0.085, 0.128, 0.19, 0.25, 0.354, 1.399] },
    shortStoryRunsOn: { knots: [0, 0.00376, 0.00829, 0.0123, 0.0167, 0.023, 0.031, 0.0436, 0.0645, 0.3291763807104516], values: [0, -0.004, -0.014, -0.027, -0.043, -0.07, -0.108, -0.171, -0.277, -1.606] },
  },
};

/**
 * The score the piece's length adds, read as log(piece / the dump's found median) (found-lengths.ts),
 * fitted among the evidence (see corpus/train-decoder.ts): flat until npm run train fits it.
 */
export const LEARNED_ARTICLES_LENGTH_SHAPE = {
  knots: [0, 1],
  values: [0, 0],
};

/** Its score to calibrated log-odds of a boundary, by Platt scaling (see corpus/train-decoder.ts). */
export const LEARNED_ARTICLES_GAP_CALIBRATION = { scale: 0.8861, offset: -1.0721 };
