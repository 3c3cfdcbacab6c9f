// Written by `npm run train` from the newsroom corpus: do not edit by hand.

/** The decoder's gap model for whole articles, fitted on its own path (see corpus/train-decoder.ts). */
export const LEARNED_ARTICLES_GAP_MODEL = {
  bias: -6.053,
  shapes: {
    continuationOpening: { knots: [0, 1], values: [0, -0.374] },
    titledReference: { knots: [0, 1], values: [0, 0.035] },
    fullName: { knots: [0, 1], values: [0, 0.001] },
    short: { knots: [0, 1], values: [0, -0.289] },
    dayAnchor: { knots: [0, 1], values: [0, 0.809] },
    anaphoricOpening: { knots: [0, 1], values: [0, -0.198] },
    titledBackReferences: { knots: [0, 0.3333333333333333, 0.6666666666666666, 1], values: [0, -0.573, -1.201, -1.672] },
    castBreak: { knots: [0, 0.25, 0.33333333333333337, 0.5, 0.6666666666666667, 0.75, 1], values: [0, 0.255, 0.27, 0.319, 0.439, 0.569, 1.083] },
    vocabularyBreak: { knots: [0, 0.25, 0.33333333333333337, 0.5, 0.6666666666666667, 0.75, 1], values: [0, 0.074, 0.121, 0.314, 0.504, 0.612, 0.926] },
    newCastRecurs: { knots: [0, 0.3333333333333333, 0.5, 0.6666666666666666, 1], values: [0, 0.843, 1.161, 1.524, 2.125] },
    additive: { knots: [0, 1], values: [0, -0.216] },
    ledeLike: { knots: [0.0000015768585141290177, 0.0257, 0.0669, 0.124, 0.199, 0.303, 0.432, 0.581, 0.748, 0.9993692402357962], values: [0, 0.044, 0.165, 0.381, 0.72, 1.127, 1.419, 1.533, 1.967, 2.99] },
    long: { knots: [0, 0.188, 0.3, 0.375, 0.45, 0.512, 0.575, 0.65, 0.762, 1], values: [0, 0.287, 0.385, 0.446, 0.421, 0.281, 0.082, -0.045, -0.079, -0.248] },
    endingLike: { knots: [0.000552646237961092, 0.154, 0.241, 0.317, 0.393, 0.464, 0.541, 0.622, 0.72, 0.9984962634582181], values: [0, 0.399, 0.68, 0.859, 1.075, 1.209, 1.185, 1.16, 1.25, 2.328] },
    ledeCohesion: { knots: [0, 0.0624, 0.0972, 0.131, 0.166, 0.203, 0.248, 0.305, 0.399, 1], values: [0, -0.282, -0.547, -0.836, -1.11, -1.327, -1.486, -1.556, -1.523, -1.388] },
    wordCohesion: { knots: [0, 0.0475, 0.0756, 0.0994, 0.124, 0.149, 0.176, 0.208, 0.261, 1], values: [0, -0.03, -0.21, -0.449, -0.731, -1.033, -1.36, -1.735, -2.332, -10.266] },
    castCohesion: { knots: [0, 0.07, 0.116, 0.161, 0.205, 0.259, 0.32, 0.398, 0.523, 1], values: [0, -0.38, -0.792, -1.185, -1.496, -1.758, -1.933, -2.044, -2.133, -2.782] },
    vocabularyDivergence: { knots: [0, 1], values: [0, 0] },
    afterQuestion: { knots: [0, 1], values: [0, -0.667] },
    perfectVerb: { knots: [0, 1], values: [0, 0.064] },
    figure: { knots: [0, 1], values: [0, 0.011] },
    pictureCaption: { knots: [0, 1], values: [0, 1.94] },
    topicShift: { knots: [0, 0.00861, 0.0181, 0.0279, 0.0391, 0.0532, 0.0707, 0.096, 0.141, 0.8042163876901958], values: [0, 0.01, 0.031, 0.059, 0.095, 0.137, 0.179, 0.209, 0.179, -2.188] },
    ledeTopicShift: { knots: [0, 0.0144, 0.0304, 0.0486, 0.0701, 0.0969, 0.13, 0.175, 0.248, 0.7816752865505681], values: [0, 0.003, 0.011, 0.025, 0.045, 0.072, 0.099, 0.119, 0.118, -0.594] },
    topicDepth: { knots: [0, 0.00551, 0.012, 0.0187, 0.0268, 0.0365, 0.0497, 0.0681, 0.103, 0.6168000974761585], values: [0, 0.011, 0.034, 0.066, 0.114, 0.18, 0.277, 0.418, 0.685, 4.137] },
    topicContinues: { knots: [0, 0.00692, 0.0138, 0.0217, 0.0303, 0.0411, 0.0531, 0.0691, 0.0957, 0.5623451824559734], values: [0, -0.012, -0.034, -0.072, -0.124, -0.204, -0.303, -0.444, -0.688, -4.968] },
    ledeTopicContinues: { knots: [0, 0.0159, 0.0304, 0.0453, 0.0615, 0.0813, 0.102, 0.134, 0.18, 0.6717826731527756], values: [0, -0.021, -0.05, -0.086, -0.122, -0.156, -0.18, -0.197, -0.198, -0.166] },
    topicMeasured: { knots: [0, 1], values: [0, 0.342] },
    afterTopicHolds: { knots: [0, 0.00595, 0.0124, 0.0198, 0.0285, 0.0397, 0.0541, 0.0753, 0.116, 0.9198467204806816], values: [0, 0.026, 0.076, 0.151, 0.25, 0.375, 0.513, 0.659, 0.801, 0.962] },
    afterTopicRunsOn: { knots: [0, 0.00347, 0.00715, 0.0114, 0.0165, 0.0222, 0.0298, 0.0401, 0.0572, 0.3639081131300992], values: [0, -0.01, -0.029, -0.058, -0.1, -0.153, -0.229, -0.336, -0.516, -3.733] },
    shortStoryHolds: { knots: [0, 0.00432, 0.00915, 0.0139, 0.0195, 0.026, 0.0353, 0.0454, 0.0678, 0.5409929291779721], values: [0, 0.009, 0.027, 0.051, 0.085, 0.128, 0.191, 0.252, 0.356, 1.414] },
    shortStoryRunsOn: { knots: [0, 0.00376, 0.00829, 0.0123, 0.0167, 0.023, 0.031, 0.0436, 0.0645, 0.3291763807104516], values: [0, -0.004, -0.014, -0.027, -0.043, -0.07, -0.107, -0.17, -0.275, -1.597] },
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
export const LEARNED_ARTICLES_GAP_CALIBRATION = { scale: 0.8857, offset: -1.0707 };
