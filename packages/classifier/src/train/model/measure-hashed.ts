import { writeFileSync } from "node:fs";
import { formatBeatModel, packBeatModel } from "../../packed-beat-model.js";
import { fitSoftmax, type SoftmaxFit, type TrainingRow } from "../fit-softmax.js";
import { type createFeatureReader, type Doc, holdsStopword } from "./article-features.js";
import { beatModelFile } from "./beat-model-file.js";
import { fitTemperature } from "./calibration-temperature.js";
import { featureBuckets, hashedRow, unhashedFit } from "./hashed-features.js";
import type { createCalibrationMeasure } from "./measure-calibration.js";
import type { ModelSettings } from "./model-options.js";
import { rareBeatPriors } from "./rare-beat-priors.js";
import { strongestFeatures } from "./strongest-features.js";
import { type RowWeighting, trainingRow } from "./training-rows.js";

/** What the trainer has read when --hash-bits takes over from stage A. */
export interface HashedContext {
  settings: ModelSettings;
  reader: ReturnType<typeof createFeatureReader>;
  vocabOf: Int32Array;
  vocab: string[];
  docs: Doc[];
  classes: string[];
  size: number[];
  weighting: RowWeighting;
  measure: ReturnType<typeof createCalibrationMeasure>;
  /** The fixtures as articles never fitted ("" without --no-fixtures). */
  unseenFigure: (fit: SoftmaxFit, row: (d: Doc) => TrainingRow) => string;
  /** Where to write the unhashed fit, or null (a --hash-bits run never writes over data/). */
  out: string | null;
}

/** One hashed fit's choices (each option may list several: one trial per combination). */
interface HashedTrial {
  /** Features in more than this share of the articles read are not hashed; 1: none left out. */
  maxDf: number;
  /** The lexicon prior of the rare beats; 0: --prior. */
  rarePrior: number;
  /** The strongest buckets kept and refitted; 0: all. */
  keep: number;
}

/**
 * --hash-bits: the model fitted on every feature hashed into 2^bits buckets, measured on fold 1
 * (and the unseen fixtures); with --hash-max-df the corpus's most frequent features are left out
 * first, with --rare-beat-prior the rare beats' lexicon counts more, with --hash-keep only the
 * strongest buckets are kept and refitted. Lists run one trial each, from one read of the corpus.
 * With an `out` the fit is written unhashed: each named feature of a kept bucket takes its
 * bucket's signed weights (one file per trial, numbered, when there are several).
 */
export function measureHashed(c: HashedContext, bits: number) {
  const { settings } = c;
  const trials: HashedTrial[] = [];
  for (const maxDf of settings.hashMaxDf)
    for (const rarePrior of settings.rareBeatPrior)
      for (const keep of settings.hashKeep) trials.push({ maxDf, rarePrior, keep });
  trials.forEach((t, i) => {
    const out = c.out && trials.length > 1 ? c.out.replace(/(\.json)?$/, `-${i}.json`) : c.out;
    console.log(
      `\ntrial ${i}: max df ${t.maxDf}, rare beats' prior ${t.rarePrior}, keep ${t.keep}`,
    );
    hashedTrial(c, bits, t, out);
  });
}

function hashedTrial(c: HashedContext, bits: number, t: HashedTrial, out: string | null) {
  const { settings, reader, vocab, docs, classes, size } = c;
  const K = classes.length;
  // --hash-all: every word and phrase read so far (those of fold 1 and the fixtures too, which
  // the fit never sees: their buckets hold other words' weights, as at run time).
  const hashedOf = settings.hashAll
    ? Int32Array.from(reader.keys, (key, id) => (holdsStopword(key) ? -1 : id))
    : Int32Array.from(c.vocabOf);
  // A stop-list learned from the corpus: features in more than --hash-max-df of the articles read.
  let frequent = 0;
  const maxDf = t.maxDf * docs.length;
  hashedOf.forEach((f, id) => {
    if (f < 0 || (reader.df[id] ?? 0) <= maxDf) return;
    hashedOf[id] = -1;
    frequent++;
  });
  const names = settings.hashAll ? reader.keys : vocab;
  const buckets = featureBuckets(names, bits);
  const { priorOf, rare } = rareBeatPriors(size, docs.length, {
    ...settings,
    rarePrior: t.rarePrior,
  });
  if (t.rarePrior > 0)
    console.log(`lexicon prior ${t.rarePrior} for ${classes.filter((_, k) => rare[k]).join(", ")}`);
  const hashedWeighting = { ...c.weighting, vocabOf: hashedOf, priorOf };
  const hashed = (d: Doc) => hashedRow(trainingRow(d, hashedWeighting), buckets);
  const fitted = docs.filter((d) => d.fold !== 1);
  const started = Date.now();
  let hashedFit = fitSoftmax(fitted.map(hashed), 2 ** bits, K, settings);
  let row = hashed;
  let keptBuckets: Set<number> | null = null;
  const report = (what: string) => {
    const h = c.measure(hashedFit, row);
    console.log(
      `${what}, ${Math.round((Date.now() - started) / 1000)} s: fold 1 accuracy ${(100 * h.metrics.accuracy).toFixed(1)}%, macro-F1 ${(100 * h.metrics.macroF1).toFixed(1)}%; reference dump ${h.reference} acceptable${c.unseenFigure(hashedFit, row)}`,
    );
    return h;
  };
  const used = new Set(hashedOf.filter((f) => f >= 0).map((f) => buckets.bucket[f] ?? 0)).size;
  let h = report(
    `hashed ${settings.hashAll ? "every word and phrase" : `${vocab.length} features`}${frequent ? ` (${frequent} in more than ${t.maxDf} of the articles left out)` : ""} into 2^${bits} buckets (${used} used)`,
  );
  if (t.keep > 0) {
    const kept = strongestFeatures(hashedFit, 2 ** bits, K, t.keep);
    keptBuckets = kept;
    // Dropped at the features, before their values are scaled, as a runtime without them would.
    const inKept = (f: number) => kept.has(buckets.bucket[f] ?? -1);
    row = (d: Doc) => hashedRow(trainingRow(d, hashedWeighting, inKept), buckets);
    hashedFit = fitSoftmax(fitted.map(row), 2 ** bits, K, settings);
    h = report(`the ${kept.size} strongest buckets kept and refitted`);
  }
  for (const b of h.metrics.perBeat)
    console.log(
      `  ${b.id.padEnd(28)} ${String(b.support).padStart(5)}  F1 ${(100 * b.f1).toFixed(1)}%`,
    );
  if (!out || settings.hashAll) return;
  const named = new Set(
    [...hashedOf].filter((f) => f >= 0 && (keptBuckets?.has(buckets.bucket[f] ?? -1) ?? true)),
  );
  const unhashed = beatModelFile(unhashedFit(hashedFit, buckets, K), {
    classes,
    size,
    vocab,
    kept: named,
    thresholds: new Float64Array(K),
    prior: priorOf,
    temperature: fitTemperature(h.rows),
  });
  const json = formatBeatModel(packBeatModel(unhashed));
  writeFileSync(out, json);
  console.log(
    `wrote ${out}: ${named.size} features unhashed, ${(json.length / 1e6).toFixed(2)} MB`,
  );
}
