import type { ArticleSpan } from "./article-span.js";
import { type DumpLevel, levelWithout, medianWithout } from "./dump-level.js";
import { joinedWhere, pieceCohesion, pieceSizes } from "./split-halves.js";
import type { FeatureTable } from "./text-features.js";

/**
 * A story's last few paragraphs cut off by a gap start: the short piece (three to seven
 * paragraphs) and the long one (ten or more) hold together this far above the dump's level.
 * In briefs both pieces are short, and nothing moves. Chosen on folds 2 and 3 (notes: "False
 * starts inside a story: a short tail and a subhead joined back").
 */
export const SHORT_TAIL = { least: 3, short: 8, long: 10, overLevel: 0.03 } as const;

/**
 * A subhead taken for a headline: a line the headline evidence took at a score under `score`,
 * between two pieces of `least` paragraphs or more (briefs' pieces are too short to be read) that
 * hold together this far above the level of the dump's other explicit starts. Chosen on folds 2
 * and 3 (notes: "False starts inside a story: a subhead barely taken, judged against the dump").
 */
export const SUBHEAD_START = { least: 8, score: 0.5, overLevel: 0.1 } as const;

/**
 * The false starts left inside a story after the long halves' join (`joinSplitHalves`): a gap
 * start that cuts off a story's short tail where the piece above and the piece below share their
 * names and words (`pieceCohesion`) past the dump's level (`level`, the join's, asked only where a
 * start could be joined). The start is dropped and the two spans are one. A dump with no explicit
 * start past its first has no level: nothing moves.
 */
export function joinShortTails(
  spans: ArticleSpan[],
  table: FeatureTable,
  level: () => number,
): ArticleSpan[] {
  return joinedWhere(
    spans,
    (above, span) => isShortTail(above, span) && joins(pieceCohesion(table, above, span), level()),
  );
}

function joins(cohesion: number, level: number): boolean {
  return level !== Number.NEGATIVE_INFINITY && cohesion >= level + SHORT_TAIL.overLevel;
}

/** Whether `span` starts at a gap between a short piece and a long one (SHORT_TAIL). */
function isShortTail(above: ArticleSpan, span: ArticleSpan): boolean {
  const { shorter, longer } = pieceSizes(above, span);
  return (
    span.start?.kind === "gap" &&
    shorter >= SHORT_TAIL.least &&
    shorter < SHORT_TAIL.short &&
    longer >= SHORT_TAIL.long
  );
}

/**
 * A title-like line inside a story that the headline evidence barely took (a subhead): where the
 * piece above and the piece below share their names and words past the level of the dump's other
 * explicit starts (`level`, the joins', asked only where a start could be joined, its own
 * cohesion left out by its line), the start is dropped and the two spans are one; the line, its
 * dek and bylines become paragraphs of the story.
 */
export function joinSubheadStarts(
  spans: ArticleSpan[],
  table: FeatureTable,
  level: () => DumpLevel,
): ArticleSpan[] {
  return joinedWhere(spans, (above, span) => {
    if (!isBarelyTaken(above, span)) return false;
    const others = levelWithout(level(), table.lineOf(span.first));
    return (
      others !== Number.NEGATIVE_INFINITY &&
      pieceCohesion(table, above, span) >= others + SUBHEAD_START.overLevel
    );
  });
}

/** Whether `span` opens at a headline taken at a low score between two long pieces. */
function isBarelyTaken(above: ArticleSpan, span: ArticleSpan): boolean {
  return (
    span.start?.kind === "headline" &&
    span.start.score < SUBHEAD_START.score &&
    pieceSizes(above, span).shorter >= SUBHEAD_START.least
  );
}

/**
 * A subhead taken for a start, judged against the median of the dump's other explicit starts
 * (where a story's several subheads were taken, each raises the highest for the others): a line
 * the headline evidence took under `score`, or a decoded cut that took a title-like line for its
 * headline, between pieces of `least` paragraphs or more (a brief runs two to five) that hold
 * together `overMedian` past that median, with `others` starts or more to read it from. Chosen
 * on folds 2 and 3 (docs/tried.md, "False starts").
 */
export const SUBHEAD_MEDIAN = { least: 6, score: 1, overMedian: 0.1, others: 3 } as const;

/**
 * Whether the start of `span` under `above` is a subhead by SUBHEAD_MEDIAN, given the pieces'
 * cohesion (asked only for a candidate) and the median of the dump's other explicit starts.
 */
export function isMedianSubhead(
  above: ArticleSpan,
  span: ArticleSpan,
  cohesion: () => number,
  median: () => number,
): boolean {
  const start = span.start;
  if (start === undefined || span.headline === null) return false;
  const taken =
    (start.kind === "headline" && start.score < SUBHEAD_MEDIAN.score) ||
    (start.kind === "gap" && start.score !== 0);
  if (!taken || pieceSizes(above, span).shorter < SUBHEAD_MEDIAN.least) return false;
  const m = median();
  return m !== Number.NEGATIVE_INFINITY && cohesion() >= m + SUBHEAD_MEDIAN.overMedian;
}

/** The starts `isMedianSubhead` reads as subheads dropped, the two spans one. */
export function joinMedianSubheads(
  spans: ArticleSpan[],
  table: FeatureTable,
  level: () => DumpLevel,
): ArticleSpan[] {
  return joinedWhere(spans, (above, span) =>
    isMedianSubhead(
      above,
      span,
      () => pieceCohesion(table, above, span),
      () => medianWithout(level(), table.lineOf(span.first), SUBHEAD_MEDIAN.others),
    ),
  );
}
