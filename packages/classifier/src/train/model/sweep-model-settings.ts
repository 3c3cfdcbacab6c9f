import { fitSoftmax, type SoftmaxFit } from "../fit-softmax.js";
import type { Doc } from "./article-features.js";
import { type createCalibrationMeasure, crossTuned } from "./measure-calibration.js";
import type { ModelSettings, readModelOptions } from "./model-options.js";
import { type RowWeighting, trainingRow } from "./training-rows.js";

type Candidates = NonNullable<ReturnType<typeof readModelOptions>["sweep"]>;

/**
 * --sweep: fits every candidate setting without the calibration outlets and prints how each does
 * on them. Tuning on the calibration outlets only: the held-out outlets stay unseen.
 * `--sweep --priors 1.5,2.5 --powers 0.25,0.5 --l2s 1e-4 --epochs-list 12`
 */
export function sweepModelSettings(
  candidates: Candidates,
  context: {
    docs: Doc[];
    features: number;
    K: number;
    settings: ModelSettings;
    weighting: RowWeighting;
    weighClasses: (power: number) => number[];
    measure: ReturnType<typeof createCalibrationMeasure>;
  },
) {
  const { docs, features, K, settings, weighting, measure } = context;
  for (const prior of candidates.priors) {
    for (const power of candidates.powers) {
      for (const l2 of candidates.l2s) {
        for (const epochs of candidates.epochs) {
          weighting.classWeight = context.weighClasses(power);
          settings.prior = prior;
          const fit: SoftmaxFit = fitSoftmax(
            docs.filter((d) => d.fold !== 1).map((d) => trainingRow(d, weighting)),
            features,
            K,
            { ...settings, l2, epochs },
          );
          const { metrics, reference: ref, rows } = measure(fit);
          const tuned = crossTuned(rows, K);
          console.log(
            `prior ${prior} class-power ${power} l2 ${l2} epochs ${epochs}: accuracy ${(100 * metrics.accuracy).toFixed(1)}%, macro-F1 ${(100 * metrics.macroF1).toFixed(1)}%, reference dump ${ref}; with thresholds tuned on the other half: ${(100 * tuned.accuracy).toFixed(1)}%, ${(100 * tuned.macroF1).toFixed(1)}%`,
          );
        }
      }
    }
  }
}
