import type { UnpackedBeatModelData } from "../../packed-beat-model.js";
import type { SoftmaxFit } from "../fit-softmax.js";

/**
 * The biases, centered. A beat with fewer than RARE articles here (weather, lifestyle, human
 * interest: the corpus has none) takes the median bias of the others: the corpus's silence
 * says nothing of how often a newsroom writes them, and its lexicon and words decide instead.
 */
function commonBias(bias: Float64Array, size: number[]): number[] {
  const RARE = 30;
  const K = bias.length;
  const mean = bias.reduce((s, x) => s + x, 0) / K;
  const centered = [...bias].map((b) => b - mean);
  const common = centered.filter((_, k) => (size[k] ?? 0) >= RARE).sort((a, b) => a - b);
  const median = common[Math.floor(common.length / 2)] ?? 0;
  return centered.map((b, k) => ((size[k] ?? 0) >= RARE ? b : median));
}

/**
 * The committed model's data: the fit's kept features and biases (plus the per-beat thresholds),
 * in hundredths, with the lexicon prior and temperature.
 */
export function beatModelFile(
  fit: SoftmaxFit,
  m: {
    classes: string[];
    /** Training articles per class. */
    size: number[];
    vocab: string[];
    kept: Set<number>;
    thresholds: Float64Array;
    /** The lexicon's weight, one for all classes or each class's own. */
    prior: number | number[];
    temperature: number;
  },
): UnpackedBeatModelData {
  const { classes, thresholds } = m;
  const K = classes.length;
  // Weights are centered per feature (the softmax does not change), so a weight's sign says
  // whether a word speaks for or against a beat: the evidence a reader is shown.
  const scale = 100;
  const q = (x: number) => Math.round(x * scale) || 0;
  const centered = (f: number) => {
    let mean = 0;
    for (let k = 0; k < K; k++) mean += fit.weights[f * K + k] ?? 0;
    mean /= K;
    return classes.map((_, k) => q((fit.weights[f * K + k] ?? 0) - mean));
  };
  const model: UnpackedBeatModelData = {
    version: 1,
    classes,
    scale,
    temperature: m.temperature,
    bias: commonBias(fit.bias, m.size).map((b, k) => q(b + (thresholds[k] ?? 0))),
    lexicon: classes.map((_, k) =>
      classes.map((__, j) =>
        j === k ? q(typeof m.prior === "number" ? m.prior : (m.prior[k] ?? 0)) : 0,
      ),
    ),
    features: {},
  };
  for (const f of [...m.kept].sort((a, b) => (m.vocab[a] ?? "").localeCompare(m.vocab[b] ?? ""))) {
    model.features[m.vocab[f] ?? ""] = centered(f);
  }
  return model;
}
