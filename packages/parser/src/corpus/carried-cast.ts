import { GAP_FEATURE_NAMES } from "../gap-features.js";
import { LeftContext } from "../left-context.js";
import { gapFeatures } from "../measure-gap.js";
import { auc } from "./auc.js";
import { carriedShare, WINDOW_NAMES, WINDOWS } from "./carried-cast-share.js";
import { articlesOfFold, type CorpusArticle, corpusOrExplain } from "./corpus-articles.js";
import { cueDumps, deepDecodedGaps } from "./cues-beside-decoder.js";
import { fitDense } from "./logistic.js";
import { offsetLogLoss } from "./offset-loss.js";

/**
 * `node dist-tools/corpus/carried-cast.js FOLD...` (after `npm run tools`): the cast carried
 * across a gap as gap evidence, before any model is fitted with it. At every gap of the stretches
 * the decoder reads (whole-article dumps, one a line), measured from the true story's start: the
 * share of the paragraphs in a window after the gap that name (as a capitalized word) a surname
 * the story above introduced by a full name (the left context's SURNAMES, 25 paragraphs back),
 * in three windows. Per fold: its AUC, start against other gap, over all gaps and those 3 or more
 * into a story; then, across the folds given (each held out in turn, fitted on the others): the
 * held-out log loss of (1) a logistic fit beside the decoder's calibrated log-odds (offset) with
 * and without each window's share, (2) a plain logistic fit on the gap evidence the decoder
 * reads (GAP_FEATURE_NAMES) with and without it. Counts only: no text printed.
 */

interface Row {
  fold: number;
  score: number;
  y: number;
  depth: number;
  /** Body paragraphs from the gap to its stretch's end. */
  left: number;
  carried: number[];
  evidence: Float64Array;
}

function rowsOfFold(fold: number, articles: readonly CorpusArticle[]): Row[] {
  const rows: Row[] = [];
  for (const { paragraphs, table, heads, starts } of cueDumps(articles, "lines")) {
    const context = new LeftContext(table);
    let body: readonly number[] | null = null;
    for (const gap of deepDecodedGaps(paragraphs, table, heads, starts, 1)) {
      if (gap.body !== body) {
        body = gap.body;
        context.reset(body);
      }
      context.moveTo(gap.storyStart, gap.g);
      const evidence = gapFeatures(context, table, gap.body, gap.g);
      rows.push({
        fold,
        score: gap.score,
        y: gap.y,
        depth: gap.g - gap.storyStart,
        left: gap.body.length - gap.g,
        carried: WINDOWS.map((w) => carriedShare(table, gap.body, gap.g, w, context.surnames)),
        evidence: Float64Array.from(GAP_FEATURE_NAMES, (name) => evidence[name]),
      });
    }
  }
  return rows;
}

function printAucs(fold: number, rows: readonly Row[]): void {
  for (const [label, set] of [
    ["all gaps", rows],
    ["3+ into a story", rows.filter((r) => r.depth >= 3)],
    ["3+, log-odds -2 to 2", rows.filter((r) => r.depth >= 3 && r.score >= -2 && r.score < 2)],
    // The joins' cell (decoded-cut-pieces.ts): 8 or more paragraphs on each side.
    [
      "8+ each side, log-odds -2 to 2",
      rows.filter((r) => r.depth >= 8 && r.left >= 8 && r.score >= -2 && r.score < 2),
    ],
  ] as const) {
    const ys = set.map((r) => r.y);
    const starts = ys.filter((y) => y === 1).length;
    const parts = WINDOW_NAMES.map((name, i) => {
      const xs = set.map((r) => r.carried[i] as number);
      const mean = (y: number) => {
        const s = set.filter((r) => r.y === y);
        return s.reduce((a, r) => a + (r.carried[i] as number), 0) / Math.max(1, s.length);
      };
      return `${name}: AUC ${auc(xs, ys).toFixed(3)} (mean ${mean(1).toFixed(3)} / ${mean(0).toFixed(3)})`;
    });
    const decoder = auc(
      set.map((r) => r.score),
      ys,
    ).toFixed(3);
    console.log(
      `fold ${fold}, ${label}: ${set.length} gaps, ${starts} starts; decoder AUC ${decoder}`,
    );
    for (const p of parts) console.log(`  ${p}`);
  }
}

/** Plain log loss of weights w (intercept first) on xs, with optional offsets. */
function logLoss(
  xs: readonly Float64Array[],
  ys: readonly number[],
  w: readonly number[],
  offsets?: readonly number[],
): number {
  let sum = 0;
  xs.forEach((x, n) => {
    let z = (offsets?.[n] ?? 0) + (w[0] as number);
    for (let d = 0; d < x.length; d++) z += (w[d + 1] as number) * (x[d] as number);
    const p = 1 / (1 + Math.exp(-z));
    sum -= Math.log(ys[n] ? Math.max(p, 1e-12) : Math.max(1 - p, 1e-12));
  });
  return sum;
}

function printHeldOut(rows: readonly Row[], folds: readonly number[]): void {
  for (const held of folds) {
    const fit = rows.filter((r) => r.fold !== held);
    const test = rows.filter((r) => r.fold === held);
    const ys = (s: readonly Row[]) => s.map((r) => r.y);
    const scores = (s: readonly Row[]) => s.map((r) => r.score);
    const empty = (s: readonly Row[]) => s.map(() => new Float64Array(0));
    const base = fitDense(empty(fit), ys(fit), { offsets: scores(fit), l2: 0.1 });
    const baseLoss = offsetLogLoss(test, base, empty(test));
    console.log(
      `held out ${held} (fitted on ${fit.length} gaps): beside the log-odds, base ${baseLoss.toFixed(1)} nats`,
    );
    WINDOW_NAMES.forEach((name, i) => {
      const x = (s: readonly Row[]) => s.map((r) => Float64Array.of(r.carried[i] as number));
      const w = fitDense(x(fit), ys(fit), { offsets: scores(fit), l2: 0.1 });
      const loss = offsetLogLoss(test, w, x(test));
      console.log(
        `  + ${name}: weight ${(w[1] as number).toFixed(2)}, loss ${loss.toFixed(1)} (${(loss - baseLoss).toFixed(1)})`,
      );
    });
    const plain = (s: readonly Row[], extra: number) =>
      s.map((r) => {
        const v = new Float64Array(r.evidence.length + (extra < 0 ? 0 : 1));
        v.set(r.evidence);
        if (extra >= 0) v[r.evidence.length] = r.carried[extra] as number;
        return v;
      });
    const without = fitDense(plain(fit, -1), ys(fit), { l2: 1 });
    const withoutLoss = logLoss(plain(test, -1), ys(test), without);
    console.log(`  plain fit on the gap evidence: ${withoutLoss.toFixed(1)} nats`);
    WINDOW_NAMES.forEach((name, i) => {
      const w = fitDense(plain(fit, i), ys(fit), { l2: 1 });
      const loss = logLoss(plain(test, i), ys(test), w);
      console.log(
        `  plain + ${name}: weight ${(w[w.length - 1] as number).toFixed(2)}, loss ${loss.toFixed(1)} (${(loss - withoutLoss).toFixed(1)})`,
      );
    });
  }
}

function main(): void {
  const corpus = corpusOrExplain("carried cast", true);
  if (corpus === null) return;
  const folds = process.argv.slice(2).map(Number);
  if (folds.length === 0) folds.push(2, 3);
  const rows: Row[] = [];
  for (const fold of folds) {
    const own = rowsOfFold(fold, articlesOfFold(corpus, fold));
    printAucs(fold, own);
    rows.push(...own);
  }
  if (folds.length > 1) printHeldOut(rows, folds);
}

main();
