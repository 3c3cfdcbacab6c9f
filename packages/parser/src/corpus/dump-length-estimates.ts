import type { ArticleSpan } from "../article-span.js";
import { bodyParagraphs } from "../content-paragraphs.js";
import { dumpOwnMean } from "../dump-prior-tuning.js";
import { findExplicitStarts } from "../explicit-starts.js";
import { splitLines } from "../lines.js";
import { groupParagraphs } from "../paragraphs.js";
import { featureTable, segmentText } from "../parse-text.js";
import { DEFAULT_TUNING } from "../segment-tuning.js";
import type { ParagraphFeatures } from "../text-features.js";
import { articlesOfFold, corpusOrExplain, VALIDATION_FOLD } from "./corpus-articles.js";
import { corpusDumps } from "./corpus-dumps.js";
import { trueStories } from "./true-stories.js";

/**
 * `node dist-tools/corpus/dump-length-estimates.js [fold]` (after `npm run tools`): how well the
 * runtime estimates of a dump's typical story length follow its true median (body paragraphs),
 * on one fold's composed dumps one a line (whole articles, then briefs): the explicit starts'
 * mean (the decoder's dump prior today, dump-prior-tuning.ts) and the found articles' median,
 * mean and lower quartile (the parse's own articles, headlines left out). Per estimate: the
 * correlation of its log with the log true median, the mean squared log error after the best
 * constant factor, and how often a dump of long stories (true median 18 or more) and one of
 * shorter stories are told apart at the estimate's own bar. Then how often a true story runs
 * under a share of its dump's true median (what holding short stories to the median costs).
 * Counts and figures only, never the corpus's text.
 */
function main(): void {
  const corpus = corpusOrExplain("dump length estimates", true);
  if (corpus === null) return;
  const fold = Number(process.argv[2] ?? VALIDATION_FOLD);
  const articles = articlesOfFold(corpus, fold);
  for (const briefs of [false, true]) {
    const rows: { truth: number; est: number[] }[] = [];
    const shares = [0.25, 0.33, 0.5];
    const under = shares.map(() => 0);
    let stories = 0;
    for (const dump of corpusDumps(articles, { layout: "lines", seed: 1, briefs })) {
      const paragraphs = groupParagraphs(splitLines(dump.text));
      const truth = trueStories(paragraphs, dump.truth).map((s) => s.last - s.body + 1);
      const sorted = [...truth].sort((a, b) => a - b);
      const median = foundTypical(sorted, 0);
      if (median <= 0) continue;
      for (const len of truth) {
        stories++;
        shares.forEach((share, i) => {
          if (len < share * median) under[i] = (under[i] as number) + 1;
        });
      }
      const explicitTable = featureTable(paragraphs);
      const heads = findExplicitStarts(paragraphs, explicitTable);
      const explicit = dumpOwnMean(DEFAULT_TUNING, explicitTable.paragraphs, heads) ?? 0;
      const { table, spans } = segmentText(paragraphs);
      const found = foundLengths(table.paragraphs, spans);
      rows.push({
        truth: median,
        est: [explicit, foundTypical(found, 0), foundTypical(found, 1), foundTypical(found, 2)],
      });
    }
    console.log(`fold ${fold}, ${briefs ? "briefs" : "whole articles"}: ${rows.length} dumps`);
    const names = ["explicit mean", "found median", "found mean", "found lower quartile"];
    names.forEach((name, e) => {
      const xs = rows.map((r) => Math.log(Math.max(1, r.est[e] as number)));
      const ys = rows.map((r) => Math.log(r.truth));
      const shift = mean(ys.map((y, i) => y - (xs[i] as number)));
      const error = mean(ys.map((y, i) => (y - (xs[i] as number) - shift) ** 2));
      const raw = mean(ys.map((y, i) => (y - (xs[i] as number)) ** 2));
      // Long dumps (true median 18+) against the rest, at the estimate's bar 18 / exp(shift).
      const bar = 18 / Math.exp(shift);
      let tp = 0;
      let fp = 0;
      let long = 0;
      for (const r of rows) {
        const isLong = r.truth >= 18;
        if (isLong) long++;
        if ((r.est[e] as number) >= bar) {
          if (isLong) tp++;
          else fp++;
        }
      }
      console.log(
        `  ${name.padEnd(22)} corr ${correlation(xs, ys).toFixed(3)}  sq log error ${raw.toFixed(3)} (x${Math.exp(shift).toFixed(2)}: ${error.toFixed(3)})  long dumps (true median 18+, ${long}): found ${tp}, others taken ${fp}`,
      );
    });
    const byShare = shares.map((s, i) => `under ${s}: ${under[i]}`).join(", ");
    console.log(`  true stories ${stories} against their dump's true median: ${byShare}`);
  }
}

/** Body lengths of the found articles, headlines left out, ascending. */
function foundLengths(
  features: readonly ParagraphFeatures[],
  spans: readonly ArticleSpan[],
): number[] {
  const lengths: number[] = [];
  for (const span of spans) {
    const body = bodyParagraphs(features, span.first, span.last).length;
    lengths.push(Math.max(0, span.headline === null ? body : body - 1));
  }
  return lengths.sort((a, b) => a - b);
}

/** The median (0), mean (1) or lower quartile (2) of ascending lengths. */
function foundTypical(lengths: readonly number[], statistic: number): number {
  const n = lengths.length;
  if (n === 0) return 0;
  if (statistic === 1) return mean(lengths);
  const at = statistic === 2 ? (n - 1) / 4 : (n - 1) / 2;
  return ((lengths[Math.floor(at)] as number) + (lengths[Math.ceil(at)] as number)) / 2;
}

function mean(xs: readonly number[]): number {
  return xs.reduce((s, v) => s + v, 0) / Math.max(1, xs.length);
}

function correlation(xs: readonly number[], ys: readonly number[]): number {
  const mx = mean(xs);
  const my = mean(ys);
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  xs.forEach((x, i) => {
    const y = ys[i] as number;
    sxy += (x - mx) * (y - my);
    sxx += (x - mx) ** 2;
    syy += (y - my) ** 2;
  });
  return sxy / Math.sqrt(sxx * syy);
}

main();
