import { type ArticleSpan, emptySpan, roleParagraphs } from "./article-span.js";
import { insideList } from "./inside-list.js";
import { isEmbeddedPost } from "./page-debris.js";
import { PieceTerms } from "./piece-terms.js";
import { LEAST_PIECE, PIECE_PARAGRAPHS } from "./split-halves.js";
import type { FeatureTable, ParagraphFeatures } from "./text-features.js";

/**
 * Below this whole-piece cohesion two pieces of one found article share no subject: the
 * article is two stories and the parse missed the second one's start. Read off folds 2 and 3's
 * screen (`corpus/missed-start-cohesion.ts`): under it about two articles in three are parted
 * at a true start.
 */
export const UNDER_COHESION = 0.04;

/**
 * Where both pieces at the weakest gap hold WIDE_PIECE paragraphs or more, the bar is
 * UNDER_COHESION_WIDE: the cosine of two long pieces is steadier, and a long story's halves
 * still share more than this. Read off folds 2 and 3's screen (`corpus/missed-start-cohesion.ts`
 * with its rows): between 0.04 and 0.07 with pieces of twelve or more, 29 weakest gaps, every
 * one within two paragraphs of a missed start (15 at it); with pieces of eight to eleven, 41 of
 * 62 articles there held no missed start.
 */
export const WIDE_PIECE = 12;
export const UNDER_COHESION_WIDE = 0.07;

/** The cohesion under which an article is parted, by its pieces' sizes at the weakest gap. */
export function partingBar(above: number, below: number): number {
  return Math.min(above, below) >= WIDE_PIECE ? UNDER_COHESION_WIDE : UNDER_COHESION;
}

/**
 * Each found article with LEAST_PIECE paragraphs or more on both sides of some gap is parted at
 * the gap whose two whole pieces hold together least (`pieceCohesion`'s measure, over up to
 * PIECE_PARAGRAPHS paragraphs each side), where that cohesion is under the bar for the two
 * pieces' sizes (partingBar): a headless start found from the text, with no score of its own.
 * Once per article: searching the parted pieces again parted one to three articles a fold and
 * gained nothing on fold 1 (docs/tried.md).
 */
export function partWeakHalves(
  spans: ArticleSpan[],
  table: FeatureTable,
  opening: Opening = bareOpening,
): ArticleSpan[] {
  return partedWhere(spans, table, opening, (span) => {
    const weakest = span.last - span.first + 1 >= 2 * LEAST_PIECE ? weakestGap(table, span) : null;
    return weakest !== null &&
      weakest.cohesion < partingBar(weakest.at - span.first, span.last - weakest.at + 1)
      ? weakest.at
      : null;
  });
}

/**
 * The article opened at paragraph `at` and running to `last`, with the roles of its opening
 * paragraphs; null where it would hold no prose (its headline and credits run to `last`), so
 * that it is no article and the span is not parted there.
 */
export type Opening = (at: number, last: number) => ArticleSpan | null;

/** The article opened bare: its first line is its body's, whatever it reads like. */
export const bareOpening: Opening = (at) => emptySpan(at);

/**
 * `spans` with each span parted where `partAt` names a paragraph (none where it gives null):
 * the piece below a headless start found from the text, with no score of its own, opened there
 * by `opening`, where the piece above keeps prose under its headline and credits. Never between
 * two items of one list (`insideList`): a story that lists points, figures or links is not cut
 * there. Never at a post the story embeds (`isEmbeddedPost`): on folds 2-3 (main's files, one a
 * line) partings opened on one three times, every one false (docs/tried.md, "False starts: the
 * made-up prose cuts' continuation"). `spans` itself when none is parted.
 */
export function partedWhere(
  spans: ArticleSpan[],
  table: FeatureTable,
  opening: Opening,
  partAt: (span: ArticleSpan) => number | null,
): ArticleSpan[] {
  const features = table.paragraphs;
  let out: ArticleSpan[] | null = null;
  for (let i = 0; i < spans.length; i++) {
    const span = spans[i] as ArticleSpan;
    const found = partAt(span);
    const at =
      found !== null && (insideList(table, found) || isEmbeddedPost(table.text(found)))
        ? null
        : found;
    const opened = at === null ? null : opening(at, span.last);
    if (at !== null && opened !== null && holdsProse(features, span, at - 1)) {
      out ??= spans.slice(0, i);
      out.push(
        { ...span, last: at - 1 },
        {
          ...opened,
          first: at,
          last: span.last,
          start: { kind: "gap", score: 0 },
          // The choice read the article to its end: a piece of a large dump must hold the
          // paragraph past it, or the article may run on and its weakest gap lie elsewhere.
          // Where the next start was decoded from the one above it, a piece begun here would
          // decode the stretch from here instead (its windows would stop here): no piece is.
          reach: spans[i + 1]?.reach === undefined ? span.last - at + 2 : Number.POSITIVE_INFINITY,
        },
      );
    } else out?.push(span);
  }
  return out ?? spans;
}

/**
 * The gap of a span, `least` paragraphs from either end, whose piece above (from the span's
 * start, at most PIECE_PARAGRAPHS) and piece below (to its end, at most PIECE_PARAGRAPHS) hold
 * together least. The two pieces slide one paragraph a gap, so each paragraph's terms are
 * added and taken away once a side: the cost is linear in the span, not in its gaps. Terms
 * weigh their corpus idf, or `weights` where given (PieceTerms).
 */
export function weakestGap(
  table: FeatureTable,
  span: ArticleSpan,
  least = LEAST_PIECE,
  weights?: ReadonlyMap<number, number>,
): { at: number; cohesion: number } | null {
  const first = span.first + least;
  const last = span.last - least + 1;
  if (first > last) return null;
  const pieces = new PieceTerms(table, span.first, span.last, weights);
  for (let p = Math.max(span.first, first - PIECE_PARAGRAPHS); p < first; p++) pieces.above(p, 1);
  for (let p = first; p <= Math.min(span.last, first + PIECE_PARAGRAPHS - 1); p++)
    pieces.below(p, 1);
  let best = { at: first, cohesion: pieces.cohesion() };
  for (let at = first + 1; at <= last; at++) {
    pieces.above(at - 1, 1);
    if (at - 1 - PIECE_PARAGRAPHS >= span.first) pieces.above(at - 1 - PIECE_PARAGRAPHS, -1);
    pieces.below(at - 1, -1);
    if (at + PIECE_PARAGRAPHS - 1 <= span.last) pieces.below(at + PIECE_PARAGRAPHS - 1, 1);
    const cohesion = pieces.cohesion();
    if (cohesion < best.cohesion) best = { at, cohesion };
  }
  return best;
}

/** Whether `span` up to paragraph `last` holds prose besides its headline, dek and credits. */
export function holdsProse(
  features: readonly ParagraphFeatures[],
  span: ArticleSpan,
  last: number,
): boolean {
  const roles = roleParagraphs(span);
  for (let k = span.first; k <= last; k++)
    if (features[k]?.kind === "text" && !roles.has(k)) return true;
  return false;
}
