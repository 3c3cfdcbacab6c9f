import type { ArticleSpan } from "./article-span.js";
import { PieceTerms } from "./piece-terms.js";
import type { FeatureTable } from "./text-features.js";
import { holdsProse, type Opening } from "./weak-halves.js";

/**
 * Words at most in a title-like line taken down from the article above. On folds 2 and 3 the
 * short lines a start found one paragraph late had left above it held 2 to 13 words; the last
 * lines of true articles read as title-like ran to 25 (docs/notes-parser-briefs4.md).
 */
export const MOST_TITLE_WORDS = 13;

/**
 * Under this cosine with the article above (its last paragraphs, headline included) a title-like
 * line is not that article's: a brief's last line that reads as a title (a short quote, a
 * closing phrase) shares its story's names and words; a title pasted over the next brief's lede
 * shares none (folds 2 and 3: 19 of 20 such titles under it, against 6 of 12 last lines).
 */
export const UNDER_COHESION_TITLE = 0.05;

// Paragraphs of the article above, before the line, that the line is compared with.
const ABOVE_PARAGRAPHS = 6;

/**
 * In a dump read as one of short stories, each headless start found from the text (`gap`) whose
 * paragraph above is a short title-like line sharing nothing with the article above is moved up
 * onto that line, opened there by `opening` (headAt: it may take the line as its headline): the
 * decoder had weighed the gap under the line, and the headline evidence had refused the line,
 * so the line was left as the last of the story above. Not where the article above would keep
 * no prose, nor where the opened article would hold none.
 */
export function raiseStartsToTitles(
  spans: ArticleSpan[],
  table: FeatureTable,
  opening: Opening,
): ArticleSpan[] {
  let out: ArticleSpan[] | null = null;
  for (let i = 0; i < spans.length; i++) {
    const span = spans[i] as ArticleSpan;
    const above = out === null ? spans[i - 1] : out[out.length - 1];
    const line = span.first - 1;
    const opened =
      above !== undefined && isLoneTitleAbove(table, above, span) ? opening(line, span.last) : null;
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

/** Whether the line just above `span`, the last of `above`, is a short title sharing nothing with it. */
function isLoneTitleAbove(table: FeatureTable, above: ArticleSpan, span: ArticleSpan): boolean {
  const line = span.first - 1;
  if (span.headline !== null || span.start?.kind !== "gap" || above.last !== line) return false;
  const f = table.paragraphs[line];
  if (f === undefined || f.kind !== "text" || !f.headlineLike || f.words > MOST_TITLE_WORDS)
    return false;
  if (!holdsProse(table.paragraphs, above, line - 1)) return false;
  const from = Math.max(above.first, line - ABOVE_PARAGRAPHS);
  const pieces = new PieceTerms(table, from, line);
  for (let p = from; p < line; p++) pieces.above(p, 1);
  pieces.below(line, 1);
  return pieces.cohesion() < UNDER_COHESION_TITLE;
}
