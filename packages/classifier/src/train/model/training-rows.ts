import { featureValues } from "../../beat-features.js";
import type { SoftmaxFit, TrainingRow } from "../fit-softmax.js";
import type { Doc } from "./article-features.js";

/** What turns a Doc into a training row; the --sweep changes classWeight and prior between fits. */
export interface RowWeighting {
  vocabOf: Int32Array;
  classWeight: number[];
  settings: { prior: number };
  /** Each class's own lexicon prior, where it differs from settings.prior. */
  priorOf?: number[];
}

/** A Doc's vocabulary features (those keepFeature keeps), weighted, with its lexicon prior. */
export function trainingRow(
  d: Doc,
  w: RowWeighting,
  keepFeature: (f: number) => boolean = () => true,
): TrainingRow {
  const m = new Map<number, number>();
  for (let i = 0; i < d.ids.length; i++) {
    const f = w.vocabOf[d.ids[i] ?? 0] ?? -1;
    if (f >= 0 && keepFeature(f)) m.set(f, d.counts[i] ?? 0);
  }
  const { index, value } = featureValues([...m.keys()], [...m.values()]);
  return {
    index,
    value,
    label: d.label,
    weight: d.weight * (w.classWeight[d.label] ?? 1),
    offset: d.lexicon.map((x, k) => (w.priorOf?.[k] ?? w.settings.prior) * x),
  };
}

/** A row's logits under a fit (K classes). */
export function logitsOf(fit: SoftmaxFit, row: TrainingRow, K: number): Float64Array {
  const logits = Float64Array.from(fit.bias, (b, k) => b + (row.offset?.[k] ?? 0));
  for (let i = 0; i < row.index.length; i++) {
    const base = (row.index[i] ?? 0) * K;
    for (let k = 0; k < K; k++)
      logits[k] = (logits[k] ?? 0) + (row.value[i] ?? 0) * (fit.weights[base + k] ?? 0);
  }
  return logits;
}
