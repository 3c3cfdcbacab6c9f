import type { ArticleSpan } from "./article-span.js";
import { PieceTerms } from "./piece-terms.js";
import type { FeatureTable } from "./text-features.js";

/**
 * Paragraphs of each piece compared: enough to hold a story's subject, not so many that a long
 * story's every turn is in it.
 */
export const PIECE_PARAGRAPHS = 20;
/** Each piece must hold this many paragraphs: in briefs the measure tells nothing. */
export const LEAST_PIECE = 8;
/**
 * How far above the dump's own level two pieces must hold together to be one story. The level is
 * the highest cohesion across the dump's starts taken at a headline, byline, dateline or hard
 * break: two stories of one outlet share their beat, and the halves of one story hold together
 * past any two of its stories.
 */
export const OVER_LEVEL = 0.1;

/**
 * The headless starts found from the text (gap cuts) between two long pieces that share their
 * names and words (idf-weighted cosine of the whole pieces) more than any two of the dump's
 * explicitly parted stories do by OVER_LEVEL: the story above goes on, so the start is dropped
 * and the two spans are one. A dump with no explicit start past its first has no level: nothing
 * moves.
 */
export function joinSplitHalves(spans: ArticleSpan[], table: FeatureTable): ArticleSpan[] {
  const candidate = (i: number) => {
    const above = spans[i - 1] as ArticleSpan;
    const span = spans[i] as ArticleSpan;
    return (
      span.start?.kind === "gap" &&
      span.first - above.first >= LEAST_PIECE &&
      span.last - span.first + 1 >= LEAST_PIECE
    );
  };
  const explicit = (i: number) => (spans[i] as ArticleSpan).start?.kind !== "gap";
  let any = false;
  for (let i = 1; i < spans.length && !any; i++) any = candidate(i);
  if (!any) return spans;
  let level = Number.NEGATIVE_INFINITY;
  const cohesion: number[] = [];
  for (let i = 1; i < spans.length; i++) {
    if (!candidate(i) && !explicit(i)) continue;
    cohesion[i] = pieceCohesion(table, spans[i - 1] as ArticleSpan, spans[i] as ArticleSpan);
    if (explicit(i)) level = Math.max(level, cohesion[i] as number);
  }
  if (level === Number.NEGATIVE_INFINITY) return spans;
  const out: ArticleSpan[] = [spans[0] as ArticleSpan];
  for (let i = 1; i < spans.length; i++) {
    const span = spans[i] as ArticleSpan;
    if (candidate(i) && (cohesion[i] as number) >= level + OVER_LEVEL) {
      const above = out[out.length - 1] as ArticleSpan;
      out[out.length - 1] = { ...above, last: span.last };
      continue;
    }
    out.push(span);
  }
  return out;
}

/** The idf-weighted cosine of the names and stems of the piece above and the piece below. */
export function pieceCohesion(table: FeatureTable, above: ArticleSpan, below: ArticleSpan): number {
  const from = Math.max(above.first, below.first - PIECE_PARAGRAPHS);
  const to = Math.min(below.last, below.first + PIECE_PARAGRAPHS - 1);
  const pieces = new PieceTerms(table, from, to);
  for (let p = from; p < below.first; p++) pieces.above(p, 1);
  for (let p = below.first; p <= to; p++) pieces.below(p, 1);
  return pieces.cohesion();
}
