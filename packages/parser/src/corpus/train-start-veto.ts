import { splitLines } from "../lines.js";
import { groupParagraphs, type Paragraph } from "../paragraphs.js";
import { featureTable } from "../parse-text.js";
import { segmentDump } from "../segment.js";
import { DEFAULT_TUNING } from "../segment-tuning.js";
import { dumpLevel } from "../split-halves.js";
import {
  falseStartChance,
  START_VETO_BAR,
  START_VETO_FEATURES,
  startVetoFeatures,
  vetoJudges,
} from "../start-veto.js";
import { wholePieceRules } from "../whole-piece-rules.js";
import { corpusOrExplain, splitByOutlet } from "./corpus-articles.js";
import { CORPUS_LAYOUTS, corpusDumps } from "./corpus-dumps.js";
import { writeLearned } from "./learned-files.js";
import { fitDense } from "./logistic.js";

/**
 * `npm run train`, before the head veto and the calibration: the start veto's model
 * (start-veto.ts). Dumps composed from the training outlets (as the other steps split them) in
 * every layout are parsed with the veto off; each start the veto would judge, at the point it
 * judges it (after the whole-piece rules), gives its features and whether it is false against the
 * composer's truth, and a logistic fit gives the log-odds of a false start.
 */
// Paragraphs either side of a start that a true start may lie in for it to count as true.
const NEAR = 1;

function main(): void {
  const corpus = corpusOrExplain("training", true);
  if (corpus === null) return;
  const { train } = splitByOutlet(corpus);
  const tuning = { ...DEFAULT_TUNING, startVeto: false as const };
  const xs: Float64Array[] = [];
  const ys: number[] = [];
  for (const layout of CORPUS_LAYOUTS) {
    for (const dump of corpusDumps(train, { layout, seed: 37, perOutlet: 24 })) {
      const starts = new Set(dump.truth.map((t) => t.startLine));
      const paragraphs = groupParagraphs(splitLines(dump.text));
      const table = featureTable(paragraphs);
      const { spans: segmented, shortStories } = segmentDump(paragraphs, table, tuning);
      const level = dumpLevel(segmented, table);
      if (!vetoJudges(level, shortStories)) continue;
      const spans = wholePieceRules(
        segmented,
        paragraphs,
        table,
        () => level,
        undefined,
        false,
        false,
      );
      for (let i = 1; i < spans.length; i++) {
        const span = spans[i] as (typeof spans)[number];
        const features = startVetoFeatures(spans[i - 1] as typeof span, span, table, level);
        if (features === null) continue;
        xs.push(features);
        ys.push(nearTrue(paragraphs, span.first, starts) ? 0 : 1);
      }
    }
  }
  const [bias, ...weights] = fitDense(xs, ys, { l2: 0.1 });
  const model = { bias: bias as number, weights, bar: START_VETO_BAR };
  const falses = ys.filter((y) => y === 1).length;
  let vetoedFalse = 0;
  let vetoedTrue = 0;
  xs.forEach((x, n) => {
    if (falseStartChance(model, x) < START_VETO_BAR) return;
    if (ys[n] === 1) vetoedFalse++;
    else vetoedTrue++;
  });
  console.log(
    `${ys.length} starts judged, ${falses} false; in sample the veto drops ${vetoedFalse} false and ${vetoedTrue} true`,
  );
  START_VETO_FEATURES.forEach((name, k) => {
    console.log(`  ${name}: ${(weights[k] as number).toFixed(3)}`);
  });
  const round = (v: number) => Number(v.toFixed(4));
  writeLearned(
    "start-veto-data.ts",
    `/** The start veto's logistic model of a false start (see corpus/train-start-veto.ts). */
export const LEARNED_START_VETO = {
  bias: ${round(bias as number)},
  weights: [${weights.map(round).join(", ")}],
};
`,
  );
}

/**
 * Whether a true start lies within a paragraph of the one at paragraph `at`: the steps after the
 * veto may raise a start onto a title above it, and a start a paragraph off is the story's start
 * misplaced, not a false one, which the veto would lose.
 */
function nearTrue(
  paragraphs: readonly Paragraph[],
  at: number,
  starts: ReadonlySet<number>,
): boolean {
  const from = paragraphs[Math.max(0, at - NEAR)]?.startLine ?? 0;
  const to = paragraphs[Math.min(paragraphs.length - 1, at + NEAR)]?.endLine ?? 0;
  for (let line = from; line <= to; line++) if (starts.has(line)) return true;
  return false;
}

main();
