import type { ArticleSpan } from "./article-span.js";
import { lineEcho } from "./head-evidence.js";
import { prose } from "./headline-above.js";
import type { Paragraph } from "./paragraphs.js";
import { PieceTerms } from "./piece-terms.js";
import type { FeatureTable } from "./text-features.js";
import { holdsProse, type Opening } from "./weak-halves.js";

/**
 * How much of a title-like line's words (case-folded stems, idf-weighted) must come back in the
 * prose under it for the line to be taken as that prose's headline. Chosen on folds 2 and 3,
 * where the titles left over a late start echoed 0.17 or more and every bar from 0.1 to 0.15
 * moved the same starts (docs/tried.md, "Briefs: a title left over a headless start, read by its
 * echo in the lede").
 */
export const TITLE_ECHO_UNDER = 0.15;

/**
 * Under this cosine with the story above (its last paragraphs, headline included: names and
 * stems, as the parting's pieces are compared) a title-like line is not that story's: a brief's
 * last line that reads as a title (a short quote, a closing phrase) shares its story's words.
 */
export const UNDER_COHESION_TITLE = 0.05;

// Paragraphs of the story above, before the line, that the line's cohesion is read against.
const ABOVE_PARAGRAPHS = 6;

/**
 * Whether a title-like `line` reads as the headline of the prose `under` it rather than as the
 * last line of the story `above` it: a headline's words come back in its lede (written in lower
 * case there, so the two are compared case-folded), a story's closing line's in that story.
 */
export function titleOfProseUnder(line: string, under: string, above: string): boolean {
  const echo = lineEcho(line, under);
  return echo >= TITLE_ECHO_UNDER && lineEcho(line, above) < echo;
}

/**
 * In a dump read as one of short stories, each headless start found from the text (`gap`) whose
 * paragraph above is a title-like line that shares nothing with the story above (cohesion) and
 * reads as the headline of the prose under it (titleOfProseUnder) is moved up onto that line,
 * opened there by `opening` (headAt: it may take the line as its headline): the decoder had
 * weighed the gap under the line, and the headline evidence had refused the line, so the line was
 * left as the last of the story above. Not where the article above would keep no prose, nor where
 * the opened article would hold none.
 */
export function raiseStartsToTitles(
  spans: ArticleSpan[],
  paragraphs: readonly Paragraph[],
  table: FeatureTable,
  opening: Opening,
): ArticleSpan[] {
  let out: ArticleSpan[] | null = null;
  for (let i = 0; i < spans.length; i++) {
    const span = spans[i] as ArticleSpan;
    const above = out === null ? spans[i - 1] : out[out.length - 1];
    const line = span.first - 1;
    const opened =
      above !== undefined && isTitleAbove(paragraphs, table, above, span)
        ? opening(line, span.last)
        : null;
    if (above === undefined || opened === null) {
      out?.push(span);
      continue;
    }
    out ??= spans.slice(0, i);
    out[out.length - 1] = { ...above, last: line - 1 };
    out.push({ ...opened, first: line, last: span.last, start: span.start, reach: span.reach });
  }
  return out ?? spans;
}

/** Whether the line just above `span`, the last of `above`, reads as the headline of `span`. */
function isTitleAbove(
  paragraphs: readonly Paragraph[],
  table: FeatureTable,
  above: ArticleSpan,
  span: ArticleSpan,
): boolean {
  const line = span.first - 1;
  if (span.headline !== null || span.start?.kind !== "gap" || above.last !== line) return false;
  const f = table.paragraphs[line];
  if (f === undefined || f.kind !== "text" || !f.headlineLike) return false;
  if (!holdsProse(table.paragraphs, above, line - 1)) return false;
  const from = Math.max(above.first, line - ABOVE_PARAGRAPHS);
  const pieces = new PieceTerms(table, from, line);
  for (let p = from; p < line; p++) pieces.above(p, 1);
  pieces.below(line, 1);
  if (pieces.cohesion() >= UNDER_COHESION_TITLE) return false;
  const text = (paragraphs[line] as Paragraph).text;
  return titleOfProseUnder(
    text,
    prose(paragraphs, table, span.first, 1, span.last),
    prose(paragraphs, table, line - 1, -1, above.first),
  );
}
