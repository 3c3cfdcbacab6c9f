import type { ArticleSpan } from "../article-span.js";
import { splitLines } from "../lines.js";
import { groupParagraphs, type Paragraph } from "../paragraphs.js";
import { segmentText } from "../parse-text.js";
import type { ComposedDump } from "../test-support/compose-dump.js";
import type { FeatureTable } from "../text-features.js";
import {
  articlesOfFold,
  type CorpusArticle,
  corpusOrExplain,
  VALIDATION_FOLD,
} from "./corpus-articles.js";
import { type CorpusLayout, corpusDumps } from "./corpus-dumps.js";
import { type Story, trueStories } from "./true-stories.js";

/** One composed dump as the parser segments it, beside where its true articles start. */
export interface SegmentedDump {
  /** The dump's text, and the truth its composer recorded (one entry per true article). */
  text: string;
  truth: ComposedDump["truth"];
  paragraphs: Paragraph[];
  table: FeatureTable;
  spans: ArticleSpan[];
  /** The true articles' paragraphs, in the truth's order. */
  stories: Story[];
  /** The first paragraph of each true article. */
  trueStarts: Set<number>;
  /** Whether the parse read the dump as one of short stories (parse-text.ts's reading). */
  shortStories: boolean;
}

/**
 * The fold's dumps in one layout (one paragraph a line unless told; briefs are one a line),
 * whole articles or briefs, each segmented and with its true articles: what the counting tools
 * that set found starts against true ones all read.
 */
export function* segmentedDumps(
  corpus: readonly CorpusArticle[],
  fold: number,
  briefs: boolean,
  layout: CorpusLayout = "lines",
): Generator<SegmentedDump> {
  for (const { text, truth } of corpusDumps(articlesOfFold(corpus, fold), {
    layout,
    seed: 1,
    briefs,
  })) {
    const paragraphs = groupParagraphs(splitLines(text));
    // Asked for the dump's reading too: the spans are the same, the joins' level read once more.
    const { table, spans, shortStories } = segmentText(paragraphs, undefined, undefined, true);
    const stories = trueStories(paragraphs, truth);
    const trueStarts = new Set(stories.map((s) => s.first));
    yield {
      text,
      truth,
      paragraphs,
      table,
      spans,
      stories,
      trueStarts,
      shortStories: shortStories === true,
    };
  }
}

/**
 * A counting tool's arguments `[fold] [layout] [whole]`: the fold (the validation fold unless
 * told), the layout (one a line unless told), and briefs unless `whole`.
 */
export function foldLayoutArgs(): { fold: number; layout: CorpusLayout; briefs: boolean } {
  return {
    fold: Number(process.argv[2] ?? VALIDATION_FOLD),
    layout: (process.argv[3] ?? "lines") as CorpusLayout,
    briefs: process.argv[4] !== "whole",
  };
}

/** What moving a found start from `from` to `to` does: opens a true article, loses one, or neither. */
export type MoveTruth = "gain" | "loss" | "neither";

export function moveTruth(trueStarts: ReadonlySet<number>, to: number, from: number): MoveTruth {
  return trueStarts.has(to) ? "gain" : trueStarts.has(from) ? "loss" : "neither";
}

/**
 * A counting tool's run: the fold (2 unless told) and whether briefs are read, from its
 * arguments, that fold's segmented dumps and the counts to fill; null without the corpus.
 */
export function countingRun(what: string): {
  fold: number;
  briefs: boolean;
  dumps: Generator<SegmentedDump>;
  counts: LabelCounts;
} | null {
  const corpus = corpusOrExplain(what, true);
  if (corpus === null) return null;
  const fold = Number(process.argv[2] ?? 2);
  const briefs = process.argv[3] === "briefs";
  return { fold, briefs, dumps: segmentedDumps(corpus, fold, briefs), counts: new LabelCounts() };
}

/** Counts by label, printed sorted by label under a title. */
export class LabelCounts {
  private readonly counts = new Map<string, number>();

  add(label: string): void {
    this.counts.set(label, (this.counts.get(label) ?? 0) + 1);
  }

  print(title: string): void {
    console.log(title);
    for (const [label, n] of [...this.counts].sort((a, b) => (a[0] < b[0] ? -1 : 1)))
      console.log(`  ${String(n).padStart(5)}  ${label}`);
  }
}
