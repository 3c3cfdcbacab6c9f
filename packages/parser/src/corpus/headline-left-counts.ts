import { ArticleSoFar } from "../article-so-far.js";
import type { ArticleSpan, Head } from "../article-span.js";
import { nextContent } from "../content-paragraphs.js";
import { bodyStart } from "../credits-above.js";
import { headAt } from "../head-at.js";
import { lineEcho } from "../head-evidence.js";
import { headEvidenceAt, headScore } from "../head-score.js";
import { ECHO_UNDER, prose } from "../headline-above.js";
import type { Paragraph } from "../paragraphs.js";
import type { FeatureTable } from "../text-features.js";
import { countingRun } from "./segmented-dumps.js";

/**
 * `node dist-tools/corpus/headline-left-counts.js fold [briefs]` (after `npm run tools`): each
 * start with a headline-like line right above it that `headAt` would head over the start
 * (headLeftAbove), by how the start was judged and by whether the line, the start
 * found, or neither opens a true article; with the line's echo in the prose under it and in the
 * story above, and its headline score there. Counts only.
 */
function main(): void {
  const run = countingRun("headline-left counts");
  if (run === null) return;
  const { fold, briefs, counts } = run;
  for (const { paragraphs, table, spans, trueStarts: starts } of run.dumps) {
    const soFar = new ArticleSoFar(table);
    for (let i = 1; i < spans.length; i++) {
      const span = spans[i] as ArticleSpan;
      const above = spans[i - 1] as ArticleSpan;
      const kind = span.start?.kind ?? "hard break";
      const head = headLeftAbove(span, above, paragraphs, table, soFar);
      if (head === null) continue;
      const line = span.first - 1;
      const text = (paragraphs[line] as Paragraph).text;
      const under = lineEcho(
        text,
        prose(paragraphs, table, head.bodyStart, 1, paragraphs.length - 1),
      );
      const before = lineEcho(text, prose(paragraphs, table, line - 1, -1, above.first));
      soFar.reset(above.first, line);
      const score = headScore(
        headEvidenceAt(paragraphs, table, line, nextContent(table.paragraphs, line + 1), soFar),
      );
      const truth = starts.has(line)
        ? "LINE true"
        : starts.has(span.first)
          ? "found true"
          : "neither";
      const echo =
        under >= ECHO_UNDER
          ? before === 0
            ? "echo under, none above"
            : "echo under and above"
          : "no echo under";
      const bar = score >= 0 ? "score>=0" : score >= -2 ? "score -2..0" : "score<-2";
      const role =
        head.bodyStart === span.first
          ? "found first is the body"
          : head.span.dek === span.first
            ? "found first as dek"
            : head.span.bylines.includes(span.first) || head.span.furniture.includes(span.first)
              ? "found first as credit"
              : "found first other";
      const own =
        span.headline === span.first ? "found headed at first" : "found not headed at first";
      counts.add(`${truth} | all | ${role}`);
      counts.add(`${truth} | all | ${own}`);
      counts.add(`${truth} | all | ${own} | ${echo}`);
      counts.add(`${truth} | all | ${own} | ${bar}`);
      counts.add(`${truth} | ${kind}`);
      counts.add(`${truth} | ${kind} | ${echo}`);
      counts.add(`${truth} | ${kind} | ${bar}`);
      counts.add(`${truth} | all | ${echo}`);
      counts.add(`${truth} | all | ${bar}`);
    }
  }
  counts.print(`headline-like lines left above a start, fold ${fold}${briefs ? " briefs" : ""}:`);
}

/**
 * The head a headline-like line right above a found start would give the article below: the
 * line is the story above's last paragraph, past that story's own body start (it keeps a
 * paragraph of its body), and `headAt` at a boundary heads it with its furniture reaching down to
 * the start found (a caption, a dek, the line taken as the headline). Null when there is none.
 */
function headLeftAbove(
  span: ArticleSpan,
  above: ArticleSpan,
  paragraphs: readonly Paragraph[],
  table: FeatureTable,
  soFar: ArticleSoFar,
): Head | null {
  const line = span.first - 1;
  const f = table.paragraphs[line];
  if (f?.kind !== "text" || !f.headlineLike || line <= bodyStart(above)) return null;
  soFar.reset(above.first, line);
  const head = headAt(paragraphs, table, line, true, soFar);
  if (head === null || head.bodyStart < span.first || head.bodyStart > span.last) return null;
  return head;
}

main();
