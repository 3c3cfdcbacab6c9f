import { ArticleSoFar } from "./article-so-far.js";
import { type ArticleSpan, emptySpan, type Head } from "./article-span.js";
import { findExplicitStarts } from "./explicit-starts.js";
import { headAt } from "./head-at.js";
import { findHeadlessStarts } from "./headless-starts.js";
import { LeftContext } from "./left-context.js";
import type { Paragraph } from "./paragraphs.js";
import { DEFAULT_TUNING, type SegmentTuning } from "./segment-tuning.js";
import type { FeatureTable } from "./text-features.js";

/**
 * Splits a dump's paragraphs into articles. First the explicit marks: headlines (with their
 * repeats, kickers, deks and bylines), bylines and datelines that open an article, contributor
 * lines that close one, separators. Then, inside each stretch between those marks, articles
 * that lost their headline are found where the cast and the vocabulary change and the next
 * paragraph reads like a lede.
 */
export function segmentParagraphs(
  paragraphs: readonly Paragraph[],
  table: FeatureTable,
  tuning: SegmentTuning = DEFAULT_TUNING,
): ArticleSpan[] {
  const heads = findExplicitStarts(paragraphs, table);
  const context = new LeftContext(table);
  const soFar = new ArticleSoFar(table);
  const spans: ArticleSpan[] = [];
  for (let h = 0; h < heads.length; h++) {
    const head = heads[h] as Head;
    const end =
      h + 1 < heads.length ? (heads[h + 1] as Head).span.first - 1 : paragraphs.length - 1;
    const cuts = findHeadlessStarts(context, table, head.bodyStart, end, tuning);
    // Articles never reach back past an explicit start: this stretch's names are done with.
    table.release(head.span.first, end);
    let first = head.span.first;
    let span: ArticleSpan = head.span;
    for (const cut of cuts) {
      spans.push({ ...span, first, last: cut.at - 1 });
      first = cut.at;
      // A headline-like line the text shows an article starts at is that article's headline,
      // as it would be at the start of a dump (or of a piece of one).
      span = headAt(paragraphs, table, cut.at, true, soFar)?.span ?? emptySpan(cut.at);
      span.start = { kind: "gap", score: cut.score };
      if (cut.reach !== undefined) span.reach = cut.reach;
    }
    spans.push({ ...span, first, last: end });
  }
  return spans;
}
