import { DEFAULT_TUNING } from "../segment.js";
import { corpusOrExplain, splitByOutlet } from "./corpus-articles.js";
import { CORPUS_LAYOUTS, corpusDumps } from "./corpus-dumps.js";
import { dumpBoundaries } from "./dump-boundaries.js";
import { writeLearned } from "./learned-files.js";

/**
 * `npm run train`, last step: the gap score a boundary must reach, chosen for the best boundary
 * F1 over dumps composed from the training outlets in every layout (other dumps than the
 * weights were fitted on). A logistic fit says where the odds are even; F1 weighs a missed
 * start and a false one alike, which moves the line.
 */
function main(): void {
  const corpus = corpusOrExplain("training", true);
  if (corpus === null) return;
  const { train } = splitByOutlet(corpus);
  const dumps = CORPUS_LAYOUTS.flatMap((layout) => [
    ...corpusDumps(train, { layout, seed: 23, perOutlet: 16 }),
  ]);
  let best = { threshold: 0, f1: -1 };
  for (let threshold = -2.5; threshold <= 1.001; threshold += 0.25) {
    const { precision: p, recall: r, f1 } = dumpBoundaries(dumps, { ...DEFAULT_TUNING, threshold });
    console.log(
      `threshold ${threshold.toFixed(1)}: P ${p.toFixed(3)} R ${r.toFixed(3)} F1 ${f1.toFixed(3)}`,
    );
    if (f1 > best.f1) best = { threshold, f1 };
  }
  console.log(`chosen ${best.threshold}`);
  writeLearned(
    "gap-threshold-data.ts",
    `/** The gap score a boundary must reach, chosen for the best boundary F1 (see corpus/train-threshold.ts). */
export const LEARNED_GAP_THRESHOLD = ${best.threshold};
`,
  );
}

main();
