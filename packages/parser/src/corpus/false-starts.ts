import type { ArticleSpan } from "../article-span.js";
import { calibrated, decoderGapModelReading } from "../decoder-gap-models.js";
import { priorMeanLength } from "../dump-length-prior.js";
import { dumpOwnMean } from "../dump-prior-tuning.js";
import { findExplicitStarts } from "../explicit-starts.js";
import { LEARNED_LENGTH_PRIOR } from "../learned/decoder-data.js";
import { splitLines } from "../lines.js";
import { groupParagraphs, type Paragraph } from "../paragraphs.js";
import { segmentText } from "../parse-text.js";
import { DEFAULT_TUNING, SHORT_DUMPS } from "../segment-tuning.js";
import type { FeatureTable } from "../text-features.js";
import { articlesOfFold, corpusOrExplain, VALIDATION_FOLD } from "./corpus-articles.js";
import { corpusDumps, EVAL_ROWS } from "./corpus-dumps.js";
import { type LineShape, lineShape, storyBucket, wordBucket } from "./line-shapes.js";
import { type Story, trueStories } from "./true-stories.js";

// A false start this many paragraphs from a missed true one is that start misplaced.
const NEAR = 2;

/**
 * `npm run false-starts -w @newsdesk/parser [-- fold]`: the starts the parser finds on whole
 * articles' dumps (one fold of the outlets, the validation fold unless told) that open no true
 * article, counted by kind: headed (a title-like line inside a story taken as a headline) or
 * headless (a gap cut inside a story, decoded or gap by gap), misplaced (near a true start
 * missed) or made up; where in the true story they fall; and what the opening line (and, for a
 * headless cut, the paragraph above it) looks like, against the true starts of the same kind;
 * for a decoded cut, the article it opens and what closes that, by the gap's log-odds and the
 * dump's own mean (past the corpus's, in bands).
 * Shapes and counts only: no corpus text is printed.
 */
function main(): void {
  const corpus = corpusOrExplain("false-start analysis", true);
  if (corpus === null) return;
  const fold = Number(process.argv[2] ?? VALIDATION_FOLD);
  const articles = articlesOfFold(corpus, fold);
  console.log(`false starts on fold ${fold}: ${articles.length} articles (counts false / true)`);
  const rows = EVAL_ROWS;
  for (const { name, layout, briefs } of rows) {
    const tally = new Tally();
    for (const dump of corpusDumps(articles, { layout, seed: 1, briefs })) {
      const paragraphs = groupParagraphs(splitLines(dump.text));
      const { table, spans } = segmentText(paragraphs);
      const stories = trueStories(paragraphs, dump.truth);
      const mean = dumpMean(paragraphs, table);
      const found = new Set(spans.map((s) => s.first));
      const missed = stories.filter((s) => !found.has(s.first)).map((s) => s.first);
      spans.forEach((span, i) => {
        if (i === 0) return;
        const described = describe(
          span,
          spans[i - 1] as ArticleSpan,
          stories,
          missed,
          paragraphs,
          table,
        );
        if (span.start?.kind === "gap" && span.reach !== undefined) {
          const before = storyBucket(span.first - (spans[i - 1] as ArticleSpan).first);
          // The decoder's gap model as the dump's explicit starts read it (a dump of briefs read as
          // one from its found articles, found-briefs.ts, is counted with the whole articles').
          const odds = calibrated(
            decoderGapModelReading(mean < SHORT_DUMPS.maxMean),
            span.start.score,
          );
          described.labels.push(`decoded | dump mean ${meanBucket(mean)} | before ${before}`);
          described.labels.push(`decoded | log-odds ${oddsBucket(odds)} | before ${before}`);
          // The article the start opens, to the next start found (or the dump's end), and what
          // closes it: a short one closed by a sure start was begun at a weak gap.
          const following = spans[i + 1];
          const after = storyBucket((following?.first ?? paragraphs.length) - span.first);
          const how = following === undefined ? "the end" : (following.start?.kind ?? "hard break");
          described.labels.push(`decoded | log-odds ${oddsBucket(odds)} | after ${after}`);
          described.labels.push(`decoded | after ${after} | closed by ${how}`);
          if (odds < 0)
            described.labels.push(
              `decoded | under 0 | after ${after} | dump mean ${meanBucket(mean)}`,
            );
        }
        tally.add(described);
      });
    }
    console.log(`\n== ${name}`);
    tally.print();
  }
}

const CORPUS_MEAN = priorMeanLength(LEARNED_LENGTH_PRIOR);

/** The dump's own mean article length as the decoder's prior is tilted to (dump-prior-tuning.ts). */
function dumpMean(paragraphs: readonly Paragraph[], table: FeatureTable): number {
  const heads = findExplicitStarts(paragraphs, table, DEFAULT_TUNING.headVeto);
  return dumpOwnMean(DEFAULT_TUNING, table.paragraphs, heads) ?? CORPUS_MEAN;
}

function meanBucket(mean: number): string {
  if (mean >= CORPUS_MEAN)
    return `untilted ${mean < 18 ? "prior-18" : mean < 22 ? "18-22" : mean < 28 ? "22-28" : "28+"}`;
  return mean < 6 ? "under 6" : mean < 10 ? "6-10" : "10-prior";
}

// Calibrated log-odds buckets: below each bound, its label; past the last, "2+".
const ODDS_BUCKETS: [number, string][] = [
  [-1.1, "under -1.1"],
  [0, "-1.1-0"],
  [1, "0-1"],
  [2, "1-2"],
];

function oddsBucket(odds: number): string {
  return ODDS_BUCKETS.find(([bound]) => odds < bound)?.[1] ?? "2+";
}

/** The labels one found start is counted under, with whether it is true. */
interface Described {
  truth: boolean;
  labels: string[];
}

function describe(
  span: ArticleSpan,
  before: ArticleSpan,
  stories: readonly Story[],
  missed: readonly number[],
  paragraphs: readonly Paragraph[],
  table: FeatureTable,
): Described {
  const truth = stories.some((s) => s.first === span.first);
  const kind = startKind(span);
  const labels = [`kind: ${kind}`];
  if (!truth) {
    const near = missed.some((m) => Math.abs(m - span.first) <= NEAR);
    labels.push(`${kind} | ${near ? "misplaced (a missed start near)" : "made up"}`);
    const story = stories.find((s) => s.first < span.first && span.first <= s.last);
    if (story) {
      const index = span.first - story.body + 1;
      const length = story.last - story.body + 1;
      labels.push(`${kind} | body paragraph index ${storyBucket(index)}`);
      labels.push(`${kind} | true story length ${storyBucket(length)}`);
      labels.push(
        `${kind} | paragraphs left to the story's end ${storyBucket(story.last - span.first + 1)}`,
      );
    }
  }
  // The article the start leaves behind (from the found start before it), in paragraphs.
  labels.push(
    `${kind} | found article before: ${storyBucket(span.first - before.first)} paragraphs`,
  );
  const opening = paragraphs[span.headline ?? span.first] as Paragraph;
  const shape = lineShape(opening.text);
  labels.push(`${kind} | opening line: ${shapeLabel(shape)}`);
  labels.push(`${kind} | opening words ${wordBucket(shape.words)}`);
  if (span.headline !== null && kind.startsWith("headed")) headedLabels(kind, span, table, labels);
  if (span.headline === null) {
    const above = paragraphs[span.first - 1];
    if (above) labels.push(`${kind} | paragraph above: ${shapeLabel(lineShape(above.text))}`);
    const features = table.paragraphs[span.first];
    if (features?.headlineLike) labels.push(`${kind} | opens on a headline-like line`);
  }
  return { truth, labels };
}

// Ending-likeness buckets (the ending model's probability): below each bound, its label.
const ENDING_BUCKETS: [number, string][] = [
  [0.2, "under 0.2"],
  [0.5, "0.2-0.5"],
  [0.8, "0.5-0.8"],
];

function endingBucket(p: number): string {
  return ENDING_BUCKETS.find(([bound]) => p < bound)?.[1] ?? "0.8+";
}

/**
 * What a headed start's line and the text under it look like: how much the line and the paragraph
 * under it read as an article's last paragraph (a closing line, a tag line), how many paragraphs
 * of text stand under it before the next headline-like line, and the learned score it passed at.
 */
function headedLabels(
  kind: string,
  span: ArticleSpan,
  table: FeatureTable,
  labels: string[],
): void {
  const h = span.headline as number;
  const features = table.paragraphs;
  labels.push(`${kind} | line's ending-likeness ${endingBucket(table.lexical(h).endingLike)}`);
  let k = h + 1;
  while (k < features.length && features[k]?.kind !== "text") k++;
  if (k < features.length) {
    labels.push(`${kind} | next's ending-likeness ${endingBucket(table.lexical(k).endingLike)}`);
    let run = 0;
    for (let p = k; p < features.length && p < k + 12; p++) {
      const f = features[p];
      if (f?.kind !== "text") continue;
      if (f.headlineLike) break;
      run++;
    }
    labels.push(`${kind} | text under it before a title-like line: ${storyBucket(run)}`);
  }
  if (span.start?.kind === "headline")
    labels.push(`${kind} | score ${oddsBucket(span.start.score)}`);
  labels.push(
    `${kind} | line ${features[h]?.allCaps ? "in capitals" : "not in capitals"}, ${wordBucket(features[h]?.words ?? 0)} words`,
  );
}

function startKind(span: ArticleSpan): string {
  const kind = span.start?.kind ?? "hard break";
  if (kind === "gap") {
    const decoded = span.reach !== undefined ? "decoded" : "gap by gap";
    return `headless ${decoded}${span.headline !== null ? ", headline below taken" : ""}`;
  }
  return `headed (${kind})`;
}

function shapeLabel(shape: LineShape): string {
  return `${shape.length}, ends ${shape.end}${shape.quoted ? ", opens with a quote" : ""}${shape.capitals ? ", in capitals" : ""}`;
}

/** Counts of false and true starts under each label. */
class Tally {
  private readonly counts = new Map<string, [number, number]>();

  add(described: Described): void {
    for (const label of described.labels) {
      const pair = this.counts.get(label) ?? [0, 0];
      pair[described.truth ? 1 : 0]++;
      this.counts.set(label, pair);
    }
  }

  print(): void {
    for (const [label, [falses, trues]] of [...this.counts].sort((a, b) => (a[0] < b[0] ? -1 : 1)))
      console.log(`  ${String(falses).padStart(5)} / ${String(trues).padEnd(5)}  ${label}`);
  }
}

main();
