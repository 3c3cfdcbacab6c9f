import { lengthBin } from "../found-lengths.js";
import { GAP_FEATURE_NAMES } from "../gap-features.js";
import {
  LEARNED_ARTICLES_GAP_CALIBRATION,
  LEARNED_ARTICLES_GAP_MODEL,
} from "../learned/decoder-articles-data.js";
import type { PlattScaling } from "../piece-scaling.js";
import { gapSamples, PIECE_LENGTHS } from "../test-support/fit-gap-weights.js";
import { sampleScorer } from "./additive-fit.js";
import { corpusOrExplain, splitByOutlet } from "./corpus-articles.js";
import { CORPUS_LAYOUTS, corpusDumps } from "./corpus-dumps.js";
import { decoderPath } from "./decoder-path.js";
import { writeLearned } from "./learned-files.js";
import { fitDense } from "./logistic.js";

// The bins' edges, as log(piece / the dump's found median): under half, half to three quarters,
// to the median, to one and a half, to two and a half, past it.
const EDGES = [Math.log(0.5), Math.log(0.75), 0, Math.log(1.5), Math.log(2.5)];
// As the decoder's calibration (decoder-calibration.ts): its dumps, its seed.
const PER_OUTLET = 16;
const SEED = 17;

/**
 * `npm run train`, after `train-decoder.js --own-path`: the whole articles' decoder gap score
 * scaled to calibrated log-odds once per bin of the piece's length over the dump's found median
 * (piece-scaling.ts), on gaps measured from the starts the decoder chose (its own path), the
 * median read by parsing each training dump once, as the parse reads it (found-lengths.ts).
 */
function main(): void {
  const corpus = corpusOrExplain("training", true);
  if (corpus === null) return;
  const { train } = splitByOutlet(corpus);
  const score = sampleScorer(GAP_FEATURE_NAMES, LEARNED_ARTICLES_GAP_MODEL);
  const bins = Array.from({ length: EDGES.length + 1 }, () => ({
    xs: [] as Float64Array[],
    ys: [] as number[],
  }));
  PIECE_LENGTHS.read = true;
  for (const layout of CORPUS_LAYOUTS)
    for (const dump of corpusDumps(train, { layout, seed: SEED, perOutlet: PER_OUTLET })) {
      const starts = new Set(dump.truth.map((t) => t.startLine));
      for (const sample of gapSamples(dump.text, starts, decoderPath)) {
        const bin = bins[lengthBin(sample.x[GAP_FEATURE_NAMES.length] as number, EDGES)];
        if (bin === undefined) continue;
        bin.xs.push(Float64Array.of(score(sample.x)));
        bin.ys.push(sample.y);
      }
    }
  PIECE_LENGTHS.read = false;
  const baseOf = (ys: readonly number[]) => {
    const positives = ys.filter((y) => y === 1).length;
    return Math.log(positives / (ys.length - positives));
  };
  const base = baseOf(bins.flatMap((b) => b.ys));
  // How much of each bin's own base rate its offset keeps: 1 reads the length twice where the
  // decoder's length prior reads it too; 0 keeps only how the evidence weighs by length.
  const keep = Number(argValue("--keep-base") ?? 0);
  const [pooledOffset, pooledScale] = fitDense(
    bins.flatMap((b) => b.xs),
    bins.flatMap((b) => b.ys),
    { l2: 0.01 },
  ) as [number, number];
  console.log(`pooled: ${pooledScale.toFixed(3)} x score + ${pooledOffset.toFixed(3)}`);
  // Each bin read as the decoder's own scaling moved by how far the bin's fit stands from the
  // pooled fit on the same gaps: the level the decoder's knobs were chosen at is kept.
  const own = LEARNED_ARTICLES_GAP_CALIBRATION;
  const scalings: PlattScaling[] = bins.map(({ xs, ys }, b) => {
    const [fitted, fittedScale] = fitDense(xs, ys, { l2: 0.01 }) as [number, number];
    const scale = own.scale + fittedScale - pooledScale;
    const offset = own.offset + fitted - pooledOffset - (1 - keep) * (baseOf(ys) - base);
    console.log(
      `bin ${b}: ${ys.length} gaps, base log-odds ${baseOf(ys).toFixed(3)} (all ${base.toFixed(3)}); ${fittedScale.toFixed(3)} x score + ${fitted.toFixed(3)}; read ${scale.toFixed(3)} x score + ${offset.toFixed(3)}`,
    );
    return { scale, offset };
  });
  writeLearned(
    "piece-scaling-data.ts",
    `import type { PieceScalings } from "../piece-scaling.js";

/**
 * The whole articles' decoder's Platt scalings by the piece's length over the dump's found median
 * (piece-scaling.ts; see corpus/train-piece-scaling.ts).
 */
export const LEARNED_PIECE_SCALINGS: PieceScalings = {
  edges: [${EDGES.map((e) => e.toFixed(4)).join(", ")}],
  bins: [${scalings.map((s) => `{ scale: ${s.scale.toFixed(4)}, offset: ${s.offset.toFixed(4)} }`).join(", ")}],
};
`,
  );
}

/** The value after `name` on the command line, if any. */
function argValue(name: string): string | undefined {
  const at = process.argv.indexOf(name);
  return at < 0 ? undefined : process.argv[at + 1];
}

main();
