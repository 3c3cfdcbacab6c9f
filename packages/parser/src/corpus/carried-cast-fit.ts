import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { GAP_FEATURE_NAMES } from "../gap-features.js";
import { LeftContext } from "../left-context.js";
import { gapFeatures } from "../measure-gap.js";
import { labeledRuns } from "../test-support/fit-gap-weights.js";
import { GAP_TOPIC_FEATURE_NAMES } from "../topic-features.js";
import { fitAdditive, sampleScorer } from "./additive-fit.js";
import { carriedShare, WINDOW_NAMES, WINDOWS } from "./carried-cast-share.js";
import { articlesOfFold, corpusOrExplain } from "./corpus-articles.js";
import { corpusDumps } from "./corpus-dumps.js";
import { decoderPath } from "./decoder-path.js";
import { GAP_MODEL_FIT, SHORT_STORY_PARAGRAPHS } from "./gap-training-samples.js";
import { fitDense } from "./logistic.js";

/**
 * `node dist-tools/corpus/carried-cast-fit.js` (after `npm run tools`): the whole articles' gap
 * model fitted as `train-decoder.ts --own-path` fits it (gaps of the training dumps measured from
 * the starts the learned decoder chose, shapes bent at learned cut points, the topic evidence on
 * top), with and without the carried cast (carried-cast-share.ts) among the evidence every gap
 * has; fitted on two of folds 2-4 and its log loss read on the third (2, then 3). The fixtures
 * are left out of both fits. Counts only.
 */

interface Row {
  fold: number;
  y: number;
  x: number[];
  carried: number[];
}

const isTopic = (name: string) => (GAP_TOPIC_FEATURE_NAMES as readonly string[]).includes(name);
const BASE_COLUMNS = GAP_FEATURE_NAMES.map((name, c) => [name, c] as const).filter(
  ([name]) => !isTopic(name) && name !== "vocabularyDivergence",
);
const TOPIC_COLUMNS = GAP_FEATURE_NAMES.map((name, c) => [name, c] as const).filter(([name]) =>
  isTopic(name),
);

function rowsOfFold(fold: number, corpus: ReturnType<typeof corpusOrExplain>): Row[] {
  const rows: Row[] = [];
  const articles = articlesOfFold(corpus ?? [], fold);
  for (const layout of ["lines", "blank"] as const) {
    const options = {
      layout,
      seed: 11,
      headlessRate: 0.7,
      perOutlet: 40,
      briefs: false,
      briefParagraphs: SHORT_STORY_PARAGRAPHS,
    };
    for (const dump of corpusDumps(articles, options)) {
      const trueStarts = new Set(dump.truth.map((t) => t.startLine));
      for (const run of labeledRuns(dump.text, trueStarts)) {
        const { table, body, labels } = run;
        const starts = decoderPath(run);
        const context = new LeftContext(table);
        context.reset(body);
        let segmentStart = 0;
        for (let g = 1; g < body.length; g++) {
          context.moveTo(segmentStart, g);
          const evidence = gapFeatures(context, table, body, g);
          rows.push({
            fold,
            y: labels[g] as number,
            x: GAP_FEATURE_NAMES.map((name) => evidence[name]),
            carried: WINDOWS.map((w) => carriedShare(table, body, g, w, context.surnames)),
          });
          if (starts.has(g)) segmentStart = g;
        }
      }
    }
  }
  return rows;
}

/** fitGapModel's two steps (its short story's lean flag left out), with `extra` carried windows. */
function fitAndScore(fit: readonly Row[], extra: number): (r: Row) => number {
  const baseNames = [...BASE_COLUMNS.map(([n]) => n as string), ...(extra < 0 ? [] : ["carried"])];
  const baseRow = (r: Row) => [
    ...BASE_COLUMNS.map(([, c]) => r.x[c] as number),
    ...(extra < 0 ? [] : [r.carried[extra] as number]),
  ];
  const topicNames = TOPIC_COLUMNS.map(([n]) => n as string);
  const topicRow = (r: Row) => TOPIC_COLUMNS.map(([, c]) => r.x[c] as number);
  const ys = fit.map((r) => r.y);
  const base = fitAdditive(baseNames, fit.map(baseRow), ys, GAP_MODEL_FIT);
  const baseScore = sampleScorer(baseNames, base);
  const offsets = fit.map((r) => baseScore(baseRow(r)));
  const topic = fitAdditive(topicNames, fit.map(topicRow), ys, GAP_MODEL_FIT, { offsets });
  const topicScore = sampleScorer(topicNames, topic);
  if (extra >= 0) console.log(`    carried shape ${JSON.stringify(base.shapes.carried)}`);
  return (r) => baseScore(baseRow(r)) + topicScore(topicRow(r));
}

function logLoss(rows: readonly Row[], score: (r: Row) => number): number {
  let sum = 0;
  for (const r of rows) {
    const p = 1 / (1 + Math.exp(-score(r)));
    sum -= Math.log(r.y ? Math.max(p, 1e-12) : Math.max(1 - p, 1e-12));
  }
  return sum;
}

function main(): void {
  const corpus = corpusOrExplain("carried cast fit", true);
  if (corpus === null) return;
  // ROWS=FILE: the gaps' rows are read from FILE if it is there, else measured and written to it.
  const cache = process.env.ROWS;
  let rows: Row[] = [];
  if (cache !== undefined && existsSync(cache)) rows = JSON.parse(readFileSync(cache, "utf8"));
  else {
    for (const fold of [2, 3, 4]) rows.push(...rowsOfFold(fold, corpus));
    if (cache !== undefined) writeFileSync(cache, JSON.stringify(rows));
  }
  for (const held of [2, 3]) {
    const fit = rows.filter((r) => r.fold !== held);
    const test = rows.filter((r) => r.fold === held);
    const starts = test.filter((r) => r.y === 1).length;
    console.log(`held out ${held}: ${test.length} gaps, ${starts} starts; fitted on ${fit.length}`);
    const base = logLoss(test, fitAndScore(fit, -1));
    console.log(`  without: ${base.toFixed(1)} nats`);
    WINDOW_NAMES.forEach((name, i) => {
      const loss = logLoss(test, fitAndScore(fit, i));
      console.log(`  with ${name}: ${loss.toFixed(1)} nats (${(loss - base).toFixed(1)})`);
    });
    // One weight on top of the model fitted without it: a straight line, not a bent shape.
    const without = fitAndScore(fit, -1);
    const b = fitDense(
      fit.map(() => new Float64Array(0)),
      fit.map((r) => r.y),
      { offsets: fit.map(without), l2: 0.1 },
    );
    const recentred = logLoss(test, (r) => without(r) + (b[0] as number));
    console.log(
      `  the intercept alone refitted on top: ${recentred.toFixed(1)} nats (${(recentred - base).toFixed(1)})`,
    );
    WINDOW_NAMES.forEach((name, i) => {
      const x = (r: Row) => Float64Array.of(r.carried[i] as number);
      const w = fitDense(
        fit.map(x),
        fit.map((r) => r.y),
        { offsets: fit.map(without), l2: 0.1 },
      );
      const score = (r: Row) =>
        without(r) + (w[0] as number) + (w[1] as number) * (r.carried[i] as number);
      const loss = logLoss(test, score);
      console.log(
        `  ${name} as one weight on top: ${(w[1] as number).toFixed(2)}, ${loss.toFixed(1)} nats (${(loss - base).toFixed(1)})`,
      );
    });
  }
}

main();
