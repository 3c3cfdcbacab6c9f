import type { ArticleSpan } from "../article-span.js";
import { isAuthorNote } from "../author-note.js";
import { closingLineKind } from "../closing-lines.js";
import { bodyStart, isPictureLine } from "../credits-above.js";
import { splitLines } from "../lines.js";
import { groupParagraphs, type Paragraph } from "../paragraphs.js";
import { segmentText } from "../parse-text.js";
import { isCopyright, StoryCloses } from "../story-closes.js";
import type { FeatureTable } from "../text-features.js";
import { articlesOfFold, corpusOrExplain } from "./corpus-articles.js";
import { corpusDumps } from "./corpus-dumps.js";
import { trueStories } from "./true-stories.js";

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
  const corpus = corpusOrExplain("close-above counts", true);
  if (corpus === null) return;
  const fold = Number(process.argv[2] ?? 2);
  const briefs = process.argv[3] === "briefs";
  const counts = new Map<string, number>();
  const count = (label: string) => counts.set(label, (counts.get(label) ?? 0) + 1);
  for (const dump of corpusDumps(articlesOfFold(corpus, fold), {
    layout: "lines",
    seed: 1,
    briefs,
  })) {
    const paragraphs = groupParagraphs(splitLines(dump.text));
    const { table, spans } = segmentText(paragraphs);
    const starts = new Set(trueStories(paragraphs, dump.truth).map((s) => s.first));
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
        count(`late | ${truth}`);
        count(`late | ${truth} | ${kind}`);
        count(`late | ${truth} | close ${close}`);
        count(`late | ${truth} | ${between.join(" + ")}`);
        count(`late | ${truth} | ${kind} | ${between.join(" + ")}`);
        break;
      }
      // Early: a close one or two paragraphs under the start, inside the found story's body.
      for (let c = span.first + 1; c <= span.first + MOST_BETWEEN && c < span.last; c++) {
        if (!isClose(c)) continue;
        const truth = starts.has(c + 1) ? "GAIN" : starts.has(span.first) ? "loss" : "neither";
        const between: string[] = [];
        for (let p = span.first; p < c; p++) between.push(shape(paragraphs, table, p));
        count(`early | ${truth}`);
        count(`early | ${truth} | ${kind}`);
        count(`early | ${truth} | close ${closeKind(paragraphs, table, c)}`);
        count(`early | ${truth} | ${kind} | ${between.join(" + ")}`);
        break;
      }
    }
  }
  console.log(`starts near a story's closing line, fold ${fold}${briefs ? " briefs" : ""}:`);
  for (const [label, n] of [...counts].sort((a, b) => (a[0] < b[0] ? -1 : 1)))
    console.log(`  ${String(n).padStart(5)}  ${label}`);
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
