import { argmax } from "../argmax.js";
import { type FitOptions, fitSoftmax, type SoftmaxFit, type TrainingRow } from "../fit-softmax.js";
import { decisionScore, type ScoredRow } from "../tune-biases.js";
import type { Doc } from "./article-features.js";
import { type FamilyL2, familyL2Scale, multiplyScales } from "./family-l2-scale.js";
import type { createCalibrationMeasure } from "./measure-calibration.js";
import { strongestFeatures } from "./strongest-features.js";

const pct = (x: number) => `${(100 * x).toFixed(1)}%`;

/**
 * --family-l2s: for each set of per-family L2 factors, the committed path (a fit on every
 * feature without the calibration outlets, the `keep` strongest kept, refitted) and its figures
 * on the calibration outlets, whole and by halves of their outlets (odd and even outlet ids),
 * the reference dump and, with --no-fixtures, the fixtures it never saw. Chooses nothing.
 */
export function sweepFamilyL2(
  candidates: FamilyL2[],
  context: {
    docs: Doc[];
    vocab: string[];
    K: number;
    classes: string[];
    keep: number;
    fitSettings: FitOptions & { l2Scale: Float64Array };
    row: (d: Doc, keepFeature?: (f: number) => boolean) => TrainingRow;
    measure: ReturnType<typeof createCalibrationMeasure>;
    unseen: (fit: SoftmaxFit, row: (d: Doc) => TrainingRow, offsets?: ArrayLike<number>) => string;
    /** With --oof-offsets: offsets fitted out of fold under the given fit settings. */
    offsetsFor?: (settings: FitOptions) => { offsets: Float64Array; report: string };
    referenceWith: (
      fit: SoftmaxFit,
      row: (d: Doc) => TrainingRow,
      offsets: ArrayLike<number>,
    ) => string;
  },
) {
  const { docs, vocab, K, keep, fitSettings, row, measure } = context;
  const features = vocab.length;
  const fitted = docs.filter((d) => d.fold !== 1);
  const fullRows = fitted.map((d) => row(d));
  let first:
    | {
        settings: FitOptions;
        rows: (ScoredRow & { source: number })[];
        fit: SoftmaxFit;
        keptRow: (d: Doc) => TrainingRow;
      }
    | undefined;
  candidates.forEach((factors, at) => {
    const l2Scale = multiplyScales(fitSettings.l2Scale, familyL2Scale(vocab, factors));
    const settings = { ...fitSettings, l2Scale };
    const full = fitSoftmax(fullRows, features, K, settings);
    const kept = strongestFeatures(full, features, K, keep);
    const keptRow = (d: Doc) => row(d, (f) => kept.has(f));
    const fit = fitSoftmax(fitted.map(keptRow), features, K, settings);
    const { rows, metrics, reference } = measure(fit, keptRow);
    const zero = new Float64Array(K);
    const half = (h: number) =>
      decisionScore(
        rows.filter((r) => r.source % 2 === h),
        zero,
      );
    const [h0, h1] = [half(0), half(1)];
    const families = familyCounts(vocab, kept);
    console.log(
      `family l2 word ${factors.word} phrase ${factors.phrase} headline ${factors.headline}: fold 1 ${pct(metrics.accuracy)} / ${pct(metrics.macroF1)}, halves ${pct(h0.accuracy)} / ${pct(h0.macroF1)} and ${pct(h1.accuracy)} / ${pct(h1.macroF1)}; reference ${reference}${context.unseen(fit, keptRow)}; kept ${families}`,
    );
    if (at === 0)
      console.log(`  pairs without politics: ${pairsWithout(rows, context.classes, "politics")}`);
    if (at === 0) first = { settings, rows, fit, keptRow };
    else if (first) {
      // The same factors in the refit alone, on the first set's features: shrinkage, not selection.
      const firstRow = first.keptRow;
      const refit = fitSoftmax(fitted.map(firstRow), features, K, settings);
      const r = measure(refit, firstRow);
      const [r0, r1] = [0, 1].map((h) =>
        decisionScore(
          r.rows.filter((x) => x.source % 2 === h),
          zero,
        ),
      );
      console.log(
        `  refit only, the first set's features: fold 1 ${pct(r.metrics.accuracy)} / ${pct(r.metrics.macroF1)}, halves ${pct(r0?.accuracy ?? 0)} / ${pct(r0?.macroF1 ?? 0)} and ${pct(r1?.accuracy ?? 0)} / ${pct(r1?.macroF1 ?? 0)}; reference ${r.reference}${context.unseen(refit, firstRow)}`,
      );
    }
  });
  // The offsets last: their six fits are the longest part, and the first set's figures stand alone.
  if (first && context.offsetsFor) {
    const { settings, rows, fit, keptRow } = first;
    const { offsets, report } = context.offsetsFor(settings);
    const all = decisionScore(rows, offsets);
    const [o0, o1] = [0, 1].map((h) =>
      decisionScore(
        rows.filter((r) => r.source % 2 === h),
        offsets,
      ),
    );
    console.log(
      `first set, ${report}; offsets ${[...offsets].map((o) => o.toFixed(2)).join(" ")}\n  with them fold 1 ${pct(all.accuracy)} / ${pct(all.macroF1)}, halves ${pct(o0?.accuracy ?? 0)} / ${pct(o0?.macroF1 ?? 0)} and ${pct(o1?.accuracy ?? 0)} / ${pct(o1?.macroF1 ?? 0)}; reference ${context.referenceWith(fit, keptRow, offsets)}${context.unseen(fit, keptRow, offsets)}`,
    );
  }
}

/** How many kept features are words, phrases and headline words. */
function familyCounts(vocab: readonly string[], kept: Set<number>): string {
  let words = 0;
  let phrases = 0;
  let headline = 0;
  for (const f of kept) {
    const key = vocab[f] ?? "";
    if (key.startsWith("^")) headline++;
    else if (key.includes(" ")) phrases++;
    else words++;
  }
  return `${words} words, ${phrases} phrases, ${headline} headline words`;
}

/** The calibration outlets' confusions either way, without the pairs that hold `left`, most first. */
function pairsWithout(
  rows: { logits: ArrayLike<number>; label: number }[],
  classes: string[],
  left: string,
): string {
  const count = new Map<string, number>();
  for (const r of rows) {
    const got = argmax(r.logits);
    if (got === r.label) continue;
    const pair = [classes[got] ?? "", classes[r.label] ?? ""].sort();
    if (pair.includes(left)) continue;
    const key = pair.join("/");
    count.set(key, (count.get(key) ?? 0) + 1);
  }
  const errors = rows.filter((r) => argmax(r.logits) !== r.label).length;
  const listed = [...count].sort((a, b) => b[1] - a[1]);
  const total = listed.reduce((n, [, c]) => n + c, 0);
  return `${total} of ${errors} errors; ${listed
    .slice(0, 8)
    .map(([k, c]) => `${k} ${c}`)
    .join(", ")}`;
}
