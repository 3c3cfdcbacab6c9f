import { beatMetrics } from "../../eval/beat-metrics.js";
import { argmax } from "../argmax.js";
import type { SoftmaxFit, TrainingRow } from "../fit-softmax.js";
import { decisionScore, type ScoredRow, tuneBiases } from "../tune-biases.js";
import type { Doc } from "./article-features.js";
import { logitsOf } from "./training-rows.js";

/** A reference dump article: its acceptable beats and its features. */
export interface ReferenceDoc {
  gold: string[];
  doc: Doc;
}

/**
 * Measures a fit on the calibration outlets (fold 1): each article's logits, the beat metrics,
 * and how many reference dump articles get an acceptable beat.
 */
export function createCalibrationMeasure(
  docs: Doc[],
  reference: ReferenceDoc[],
  classes: string[],
  defaultRow: (d: Doc) => TrainingRow,
) {
  const K = classes.length;
  return (fit: SoftmaxFit, row: (d: Doc) => TrainingRow = (d) => defaultRow(d)) => {
    const rows = docs
      .filter((d) => d.fold === 1)
      .map((d) => ({ logits: logitsOf(fit, row(d), K), label: d.label, source: d.source }));
    const refRight = reference.filter((r) =>
      r.gold.includes(classes[argmax(logitsOf(fit, row(r.doc), K))] ?? ""),
    ).length;
    return {
      rows,
      reference: `${refRight}/${reference.length}`,
      metrics: beatMetrics(
        rows.map((c) => ({
          gold: [classes[c.label] ?? ""],
          predicted: classes[argmax(c.logits)] ?? "",
        })),
      ),
    };
  };
}

/**
 * What per-beat thresholds would give on outlets they were not tuned on: tuned on half of the
 * calibration outlets and measured on the other half, both ways, averaged.
 */
export function crossTuned(rows: (ScoredRow & { source: number })[], K: number) {
  let accuracy = 0;
  let macroF1 = 0;
  for (const half of [0, 1]) {
    const offsets = tuneBiases(
      rows.filter((r) => r.source % 2 === half),
      K,
    );
    const s = decisionScore(
      rows.filter((r) => r.source % 2 !== half),
      offsets,
    );
    accuracy += s.accuracy / 2;
    macroF1 += s.macroF1 / 2;
  }
  return { accuracy, macroF1 };
}
