import type { ArticleSpan } from "../article-span.js";
import { splitLines } from "../lines.js";
import { groupParagraphs, type Paragraph } from "../paragraphs.js";
import { segmentText } from "../parse-text.js";
import type { FeatureTable } from "../text-features.js";
import { articlesOfFold, type CorpusArticle, corpusOrExplain } from "./corpus-articles.js";
import { corpusDumps } from "./corpus-dumps.js";
import { trueStories } from "./true-stories.js";

/** One composed dump as the parser segments it, beside where its true articles start. */
export interface SegmentedDump {
  paragraphs: Paragraph[];
  table: FeatureTable;
  spans: ArticleSpan[];
  /** The first paragraph of each true article. */
  trueStarts: Set<number>;
}

/**
 * The fold's dumps, one paragraph a line (whole articles, or briefs), each segmented and with
 * its true starts: what the counting tools that set found starts against true ones all read.
 */
export function* segmentedDumps(
  corpus: readonly CorpusArticle[],
  fold: number,
  briefs: boolean,
): Generator<SegmentedDump> {
  for (const dump of corpusDumps(articlesOfFold(corpus, fold), {
    layout: "lines",
    seed: 1,
    briefs,
  })) {
    const paragraphs = groupParagraphs(splitLines(dump.text));
    const { table, spans } = segmentText(paragraphs);
    const trueStarts = new Set(trueStories(paragraphs, dump.truth).map((s) => s.first));
    yield { paragraphs, table, spans, trueStarts };
  }
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
