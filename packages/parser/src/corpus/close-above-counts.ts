import type { ArticleSpan } from "../article-span.js";
import { isAuthorNote } from "../author-note.js";
import { closingLineKind } from "../closing-lines.js";
import { bodyStart, isPictureLine } from "../credits-above.js";
import type { Paragraph } from "../paragraphs.js";
import { isCopyright, StoryCloses } from "../story-closes.js";
import type { FeatureTable } from "../text-features.js";
import { countingRun } from "./segmented-dumps.js";

// The found start lies this many paragraphs at most past a story's closing line.
const MOST_BETWEEN = 2;

/**
 * `node dist-tools/corpus/close-above-counts.js fold [briefs]` (after `npm run tools`): each found
 * start with a story's closing line (story-closes.ts, a contributor line or an author's note) one or two paragraphs
 * above it inside the story above's body (late: the lines between went up with the story above),
 * or one or two paragraphs under it (early: the found start took lines of the story above down
 * past nothing that closes); by the close's kind, how the start was judged, the shapes of the
 * lines between, and whether the line right under the close, the start found, or neither opens a
 * true article. Counts only.
 */
function main(): void {
  const run = countingRun("close-above counts");
  if (run === null) return;
  const { fold, briefs, counts } = run;
  for (const { paragraphs, table, spans, trueStarts: starts } of run.dumps) {
    const closes = new StoryCloses();
    const isClose = (p: number) =>
      table.paragraphs[p]?.kind === "contributor" ||
      closes.closes(table, p) ||
      (table.paragraphs[p]?.kind === "text" && isAuthorNote((paragraphs[p] as Paragraph).text));
    for (let i = 1; i < spans.length; i++) {
      const span = spans[i] as ArticleSpan;
      const above = spans[i - 1] as ArticleSpan;
      const kind = span.start?.kind ?? "hard break";
      if (isClose(span.first)) continue;
      // Late: the nearest close above the start, inside the story above's body.
      for (
        let c = span.first - 1;
        c >= span.first - 1 - MOST_BETWEEN && c >= bodyStart(above);
        c--
      ) {
        if (!isClose(c)) continue;
        if (c === span.first - 1) break;
        const between: string[] = [];
        for (let p = c + 1; p < span.first; p++) between.push(shape(paragraphs, table, p));
        const truth = starts.has(c + 1) ? "GAIN" : starts.has(span.first) ? "loss" : "neither";
        const close = closeKind(paragraphs, table, c);
        counts.add(`late | ${truth}`);
        counts.add(`late | ${truth} | ${kind}`);
        counts.add(`late | ${truth} | close ${close}`);
        counts.add(`late | ${truth} | ${between.join(" + ")}`);
        counts.add(`late | ${truth} | ${kind} | ${between.join(" + ")}`);
        break;
      }
      // Early: a close one or two paragraphs under the start, inside the found story's body.
      for (let c = span.first + 1; c <= span.first + MOST_BETWEEN && c < span.last; c++) {
        if (!isClose(c)) continue;
        const truth = starts.has(c + 1) ? "GAIN" : starts.has(span.first) ? "loss" : "neither";
        const between: string[] = [];
        for (let p = span.first; p < c; p++) between.push(shape(paragraphs, table, p));
        counts.add(`early | ${truth}`);
        counts.add(`early | ${truth} | ${kind}`);
        counts.add(`early | ${truth} | close ${closeKind(paragraphs, table, c)}`);
        counts.add(`early | ${truth} | ${kind} | ${between.join(" + ")}`);
        break;
      }
    }
  }
  counts.print(`starts near a story's closing line, fold ${fold}${briefs ? " briefs" : ""}:`);
}

function closeKind(paragraphs: readonly Paragraph[], table: FeatureTable, p: number): string {
  const text = (paragraphs[p] as Paragraph).text.trim();
  if (table.paragraphs[p]?.kind === "contributor") return "contributor line";
  if (isCopyright(text)) return "copyright";
  if (isAuthorNote(text)) return "author's note";
  return closingLineKind(text) ?? "other";
}

function shape(paragraphs: readonly Paragraph[], table: FeatureTable, p: number): string {
  const f = table.paragraphs[p];
  if (f === undefined) return "none";
  if (isPictureLine(paragraphs, f, p)) return "picture";
  if (f.kind !== "text") return f.kind;
  if (f.headlineLike) return "title-like";
  return table.lexical(p).words <= 12 ? "short text" : "prose";
}

main();
