import type { GapModel } from "../gap-scorer.js";
import { LEARNED_GAP_MODEL } from "../learned/gap-weights-data.js";
import { GAP_BY_GAP_TUNING } from "../segment-tuning.js";
import { withoutTopics, withTopicBias } from "../topic-bias.js";
import { corpusOrExplain, splitByOutlet } from "./corpus-articles.js";
import { CORPUS_LAYOUTS, corpusDumps } from "./corpus-dumps.js";
import { dumpBoundaries } from "./dump-boundaries.js";
import { writeLearned } from "./learned-files.js";

/**
 * `npm run train`, after the gap weights: the gap score a boundary must reach, chosen for the
 * best boundary F1 over dumps composed from the training outlets in every layout (other dumps
 * than the weights were fitted on), by the weights without the topic evidence. A logistic fit
 * says where the odds are even; F1 weighs a missed start and a false one alike, which moves
 * the line. Then, that line kept, the bias of the topic evidence (added only where it could be
 * measured, in articles long enough to compare a gap with) is chosen the same way: a short
 * story, which has no topic evidence, is judged by the line the evidence it has was chosen by.
 */
function main(): void {
  const corpus = corpusOrExplain("training", true);
  if (corpus === null) return;
  const { train } = splitByOutlet(corpus);
  const dumps = CORPUS_LAYOUTS.flatMap((layout) => [
    ...corpusDumps(train, { layout, seed: 23, perOutlet: 16 }),
  ]);
  const learned: GapModel = LEARNED_GAP_MODEL;
  const plain = withoutTopics(learned);
  const threshold = best("threshold", grid(-2.5, 1), (t) =>
    dumpBoundaries(dumps, { ...GAP_BY_GAP_TUNING, threshold: t, gapModel: plain }),
  );
  const topicBias = best("topic bias", grid(-2.5, 0.5), (b) =>
    dumpBoundaries(dumps, {
      ...GAP_BY_GAP_TUNING,
      threshold,
      gapModel: withTopicBias(learned, b),
    }),
  );
  writeLearned(
    "gap-threshold-data.ts",
    `/** The gap score a boundary must reach, chosen for the best boundary F1 (see corpus/train-threshold.ts). */
export const LEARNED_GAP_THRESHOLD = ${threshold};
/** The topic evidence's bias (the weight of topicMeasured), chosen likewise. */
export const LEARNED_TOPIC_BIAS = ${topicBias};
`,
  );
}

function grid(from: number, to: number): number[] {
  const values: number[] = [];
  for (let v = from; v <= to + 1e-9; v += 0.25) values.push(Math.round(v * 100) / 100);
  return values;
}

/** The value with the best F1, each printed with its figures. */
function best(
  what: string,
  values: readonly number[],
  measure: (value: number) => { precision: number; recall: number; f1: number },
): number {
  let chosen = { value: 0, f1: -1 };
  for (const value of values) {
    const { precision: p, recall: r, f1 } = measure(value);
    console.log(`${what} ${value}: P ${p.toFixed(3)} R ${r.toFixed(3)} F1 ${f1.toFixed(3)}`);
    if (f1 > chosen.f1) chosen = { value, f1 };
  }
  console.log(`chosen ${what} ${chosen.value}`);
  return chosen.value;
}

main();
