import type { ArticleSpan, Head } from "../article-span.js";
import { bodyParagraphs } from "../content-paragraphs.js";
import { dumpOwnMean, withDumpPrior, withPriorMean } from "../dump-prior-tuning.js";
import { findExplicitStarts } from "../explicit-starts.js";
import { foundMean as articlesMean, FOUND_MAX_MEAN, mayReadAsBriefs } from "../found-briefs.js";
import { splitLines } from "../lines.js";
import { groupParagraphs, type Paragraph } from "../paragraphs.js";
import { featureTable, segmentText } from "../parse-text.js";
import { decodesShortStories, segmentStretches } from "../segment.js";
import { DEFAULT_TUNING, segmentTuning } from "../segment-tuning.js";
import { articlesOfFold, corpusOrExplain, HELD_OUT_FOLD } from "./corpus-articles.js";
import { corpusDumps } from "./corpus-dumps.js";
import { trueStories } from "./true-stories.js";

/**
 * `node dist-tools/corpus/long-briefs.js [whole] [folds]` (after `npm run tools`; folds 1 2 3 4
 * unless told, never the held-out fold): each composed briefs dump (one a line; `whole`: the
 * whole articles' dumps) by how its story length was read (short from its explicit starts, short
 * from the articles a first or second segmentation found, or long), and, for the long ones, why:
 * its lines (a dump over the piece size reads its prior before its pieces), its explicit starts,
 * the found articles' mean against the bar, the stretches between explicit starts and the starts
 * found in them. Each class's starts scored as
 * parsed, and as they would be if the dump were decoded as briefs. Counts only, no corpus text.
 */
function main(): void {
  const corpus = corpusOrExplain("long briefs", true);
  if (corpus === null) return;
  const args = process.argv.slice(2);
  // "whole": the dumps of whole articles instead, to see where a bar on the found mean costs.
  const briefs = !args.includes("whole");
  const folds = args.filter((a) => a !== "whole").map(Number);
  for (const fold of folds.length > 0 ? folds : [1, 2, 3, 4]) {
    if (fold === HELD_OUT_FOLD) throw new Error("fold 0 is held out: name folds 1-4.");
    const tally = new Tally();
    for (const dump of corpusDumps(articlesOfFold(corpus, fold), {
      layout: "lines",
      seed: 1,
      briefs,
    }))
      countDump(groupParagraphs(splitLines(dump.text)), dump.truth, tally);
    console.log(`fold ${fold}`);
    tally.print();
  }
}

type Truth = readonly { startLine: number; endLine: number; headline: string | null }[];

function countDump(paragraphs: readonly Paragraph[], truth: Truth, tally: Tally): void {
  const lines = paragraphs.at(-1)?.endLine ?? 0;
  const tuning = DEFAULT_TUNING;
  const table = featureTable(paragraphs);
  const features = table.paragraphs;
  const heads = findExplicitStarts(paragraphs, table, tuning.headVeto);
  const decoding = segmentTuning(withDumpPrior(tuning, features, heads));
  const explicitMean = dumpOwnMean(tuning, features, heads) ?? 0;
  let reading = decodesShortStories(decoding) ? "short from explicit" : "long, not re-read";
  let foundMean = 0;
  let first: ArticleSpan[] = [];
  let againMean = 0;
  if (mayReadAsBriefs(tuning, decoding)) {
    // The parser's readings (segment.ts): the found mean, then, above the bar, found again with
    // the prior tilted to it.
    first = segmentStretches(paragraphs, table, heads, decoding, true);
    foundMean = articlesMean(features, first);
    reading = "short from found";
    if (foundMean >= FOUND_MAX_MEAN) {
      const again = segmentTuning(withPriorMean(tuning, foundMean));
      againMean = articlesMean(features, segmentStretches(paragraphs, table, heads, again, true));
      reading = againMean < FOUND_MAX_MEAN ? "short from found again" : "long";
    }
  }
  const stories = trueStories(paragraphs, truth);
  const trueFirsts = new Set(stories.map((s) => s.first));
  const parsed = segmentText(paragraphs).spans;
  const c = `${reading}:`;
  tally.add(`${c} dumps`);
  tally.add(`${c} true stories`, stories.length);
  tally.add(`${c} true headless`, stories.filter((s) => s.body === s.first).length);
  tally.add(`${c} lines over 4000`, lines > 4000 ? 1 : 0);
  tally.add(`${c} explicit starts`, heads.length);
  tally.add(`${c} first-reading articles`, first.length);
  score(tally, `${c} parsed`, parsed, trueFirsts);
  // Decoded as briefs, with the prior tilted to the true stories' mean body (an upper bound) and
  // just under the bar (what a reading that let the dump through would give).
  const trueMean = storiesMean(features, stories);
  tally.add(`${c} true mean x100`, Math.round(trueMean * 100));
  if (reading === "long") {
    tally.hist(`${c} explicit mean`, explicitMean);
    tally.hist(`${c} found mean`, foundMean);
    tally.hist(`${c} true mean`, trueMean);
    tally.hist(`${c} explicit starts per dump`, heads.length);
    tally.hist(`${c} found articles per dump`, first.length);
    const bucket = `found mean ${meanBucket(foundMean)}`;
    score(tally, `${c} ${bucket} parsed`, parsed, trueFirsts);
    tally.add(`${c} ${bucket} true stories`, stories.length);
    for (const mean of [trueMean, 5.5]) {
      const forced = segmentTuning(withPriorMean(tuning, Math.min(mean, 5.99)));
      const spans = segmentStretches(paragraphs, table, heads, forced);
      const way = `as briefs at ${mean === 5.5 ? "5.5" : "true mean"}`;
      score(tally, `${c} ${way}`, spans, trueFirsts);
      score(tally, `${c} ${bucket} ${way}`, spans, trueFirsts);
    }
    tally.hist(`${c} found again mean`, againMean);
    stretches(tally, c, features, heads, first, stories);
  }
}

/** Each explicit stretch of a long dump: its body paragraphs, true starts and first-read starts. */
function stretches(
  tally: Tally,
  c: string,
  features: Parameters<typeof bodyParagraphs>[0],
  heads: readonly Head[],
  first: readonly ArticleSpan[],
  stories: readonly { first: number }[],
): void {
  for (let h = 0; h < heads.length; h++) {
    const from = (heads[h] as Head).span.first;
    const to = h + 1 < heads.length ? (heads[h + 1] as Head).span.first : features.length;
    const body = bodyParagraphs(features, from, to - 1).length;
    const inTrue = stories.filter((s) => s.first > from && s.first < to).length;
    const inFound = first.filter((s) => s.first > from && s.first < to).length;
    const bucket = body < 6 ? "<6" : body < 11 ? "6-10" : body < 17 ? "11-16" : "17+";
    tally.add(`${c} stretch body ${bucket}: stretches`);
    tally.add(`${c} stretch body ${bucket}: true starts inside`, inTrue);
    tally.add(`${c} stretch body ${bucket}: found starts inside`, inFound);
  }
}

function score(
  tally: Tally,
  label: string,
  spans: readonly ArticleSpan[],
  trueFirsts: ReadonlySet<number>,
): void {
  tally.add(`${label} predicted`, spans.length);
  tally.add(`${label} hits`, spans.filter((s) => trueFirsts.has(s.first)).length);
}

function storiesMean(
  features: Parameters<typeof bodyParagraphs>[0],
  stories: readonly { body: number; last: number }[],
): number {
  let body = 0;
  for (const s of stories) body += bodyParagraphs(features, s.body, s.last).length;
  return stories.length === 0 ? 0 : body / stories.length;
}

/** A mean's whole-number bucket, two digits so labels sort, 12 and over together. */
function meanBucket(value: number): string {
  return value >= 12 ? "12+" : String(Math.floor(value)).padStart(2, "0");
}

/** Counts by label, and histograms of a measure by whole-number bucket. */
class Tally {
  private readonly counts = new Map<string, number>();
  add(label: string, n = 1): void {
    this.counts.set(label, (this.counts.get(label) ?? 0) + n);
  }
  hist(label: string, value: number): void {
    this.add(`${label} ${meanBucket(value)}`);
  }
  print(): void {
    for (const [label, n] of [...this.counts].sort((a, b) => (a[0] < b[0] ? -1 : 1)))
      console.log(`${String(n).padStart(6)}  ${label}`);
    const groups = [
      "short from explicit",
      "short from found",
      "short from found again",
      "long",
      "long, not re-read",
    ].map((c) => ({ c, sub: "" }));
    for (const b of ["07", "08", "09", "10", "11", "12+"])
      groups.push({ c: "long", sub: `found mean ${b} ` });
    for (const { c, sub } of groups) {
      const get = (l: string) => this.counts.get(`${c}: ${sub}${l}`) ?? 0;
      const expected = get("true stories");
      if (expected === 0) continue;
      for (const way of ["parsed", "as briefs at true mean", "as briefs at 5.5"]) {
        const predicted = get(`${way} predicted`);
        if (predicted === 0) continue;
        const hits = get(`${way} hits`);
        const p = hits / predicted;
        const r = hits / expected;
        const f1 = (2 * p * r) / (p + r);
        console.log(
          `${c}, ${sub}${way}: P ${p.toFixed(3)} R ${r.toFixed(3)} F1 ${f1.toFixed(3)} (${hits} / ${predicted} / ${expected})`,
        );
      }
    }
  }
}

main();
