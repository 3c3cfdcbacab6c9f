import type { ArticleSpan } from "./article-span.js";
import { dumpBeatWeights } from "./beat-weights.js";
import { type DumpLevel, medianInPlace, NO_LEVEL, withCohesion } from "./dump-level.js";
import { PieceTerms } from "./piece-terms.js";
import type { FeatureTable } from "./text-features.js";

/**
 * Paragraphs of each piece compared: enough to hold a story's subject, not so many that a long
 * story's every turn is in it.
 */
export const PIECE_PARAGRAPHS = 20;
/**
 * Paragraphs each side of a gap that `partWeakHalves` reads and the counting tools call long; the
 * join asks fewer (HALVES_JOIN). In briefs (two to five paragraphs) the measure tells nothing.
 */
export const LEAST_PIECE = 8;
/**
 * How far above the dump's own level two pieces must hold together to be one story. The level is
 * the highest cohesion across the dump's starts taken at a headline, byline, dateline or hard
 * break: two stories of one outlet share their beat, and the halves of one story hold together
 * past any two of its stories.
 */
export const OVER_LEVEL = 0.1;

/** When two pieces split by a gap start are one story (see joinSplitHalves). */
export interface HalvesJoin {
  /** Paragraphs each piece must hold. */
  leastPiece: number;
  /** How far over the dump's level the two pieces' cohesion must be. */
  overLevel: number;
  /** Where either piece holds fewer paragraphs than this, `shortOverLevel` in place of `overLevel`. */
  shortPiece: number;
  shortOverLevel: number;
}

/**
 * Pieces of five paragraphs or more each, a piece of five at 0.15 over the level. Chosen on folds
 * 2 and 3 (one a line, every learned file fitted without fold 1): past eight paragraphs alone, the
 * join drops 5 and 3 more starts there, all false, and the briefs keep every start; pieces of
 * five at 0.1 lost a true brief's start, pieces of four are briefs. Notes: "The join's level
 * carried between a large dump's pieces, and the join widened".
 */
export const HALVES_JOIN: HalvesJoin = {
  leastPiece: 5,
  overLevel: OVER_LEVEL,
  shortPiece: 6,
  shortOverLevel: 0.15,
};

/**
 * The headless starts found from the text (gap cuts) between two pieces of `join.leastPiece`
 * paragraphs or more that share their names and words (idf-weighted cosine of the whole pieces)
 * more than any two of the dump's explicitly parted stories do by `join.overLevel` (by
 * `join.shortOverLevel` under `join.shortPiece`): the story above goes on, so the start is dropped
 * and the two spans are one. The level is the dump's (`level`, read once from its first lines
 * when it is parsed in pieces: parse-text.ts), else that of `spans` (`dumpLevel`); asked only where
 * a start could be joined. A dump with
 * no explicit start past its first has no level: nothing moves.
 */
export function joinSplitHalves(
  spans: ArticleSpan[],
  table: FeatureTable,
  level: () => number = () => dumpLevel(spans, table).highest,
  join: HalvesJoin = HALVES_JOIN,
): ArticleSpan[] {
  const candidate = (above: ArticleSpan, span: ArticleSpan) =>
    span.start?.kind === "gap" && pieceSizes(above, span).shorter >= join.leastPiece;
  let any = false;
  for (let i = 1; i < spans.length && !any; i++) {
    any = candidate(spans[i - 1] as ArticleSpan, spans[i] as ArticleSpan);
  }
  if (!any) return spans;
  const dumpLevel = level();
  if (dumpLevel === Number.NEGATIVE_INFINITY) return spans;
  return joinedWhere(spans, (above, span) => {
    if (!candidate(above, span)) return false;
    const short = pieceSizes(above, span).shorter < join.shortPiece;
    const over = short ? join.shortOverLevel : join.overLevel;
    return pieceCohesion(table, above, span) >= dumpLevel + over;
  });
}

/**
 * `spans` with each start where `joins(above, span)` dropped, its span one with the span before
 * (`above` as parsed, before any join); `spans` itself when none is.
 */
export function joinedWhere(
  spans: ArticleSpan[],
  joins: (above: ArticleSpan, span: ArticleSpan) => boolean,
): ArticleSpan[] {
  let out: ArticleSpan[] | undefined;
  for (let i = 1; i < spans.length; i++) {
    const span = spans[i] as ArticleSpan;
    if (joins(spans[i - 1] as ArticleSpan, span)) {
      out ??= spans.slice(0, i);
      const kept = out[out.length - 1] as ArticleSpan;
      out[out.length - 1] = { ...kept, last: span.last };
    } else out?.push(span);
  }
  return out ?? spans;
}

/** The paragraphs of the article above a start (from its own start) and of the span below. */
export function pieceSizes(
  above: ArticleSpan,
  span: ArticleSpan,
): { shorter: number; longer: number } {
  const up = span.first - above.first;
  const down = span.last - span.first + 1;
  return { shorter: Math.min(up, down), longer: Math.max(up, down) };
}

/**
 * The dump's level for the joins of a story's pieces: the highest whole-piece cohesion across the
 * starts of `spans` past the first taken at a headline, byline, dateline or hard break (not found
 * from gap evidence), -Infinity when there is none; with the second highest and the line of the
 * highest's start.
 */
export function dumpLevel(spans: readonly ArticleSpan[], table: FeatureTable): DumpLevel {
  let level = NO_LEVEL;
  const cohesions: number[] = [];
  const lines: number[] = [];
  for (let i = 1; i < spans.length; i++) {
    const span = spans[i] as ArticleSpan;
    if (span.start?.kind === "gap") continue;
    const cohesion = pieceCohesion(table, spans[i - 1] as ArticleSpan, span);
    const line = table.lineOf(span.first);
    cohesions.push(cohesion);
    lines.push(line);
    // Most starts change neither of the two highest: no new level for them.
    if (cohesion > level.second) level = withCohesion(level, cohesion, line);
  }
  if (level === NO_LEVEL) return level;
  let beat: number | undefined;
  return {
    ...level,
    cohesions,
    lines,
    medianLength: medianSpanLength(spans),
    beat: () => (beat ??= beatLevel(spans, table, dumpBeatWeights(table))),
  };
}

/** The median length of `spans` in paragraphs (0 with none). */
export function medianSpanLength(spans: readonly ArticleSpan[]): number {
  return spans.length === 0 ? 0 : medianInPlace(spans.map((s) => s.last - s.first + 1));
}

/**
 * The highest whole-piece cohesion across the explicit starts of `spans` past the first, each
 * term weighed by `weights` (the dump's beat weighed down): the beat join's level.
 */
function beatLevel(
  spans: readonly ArticleSpan[],
  table: FeatureTable,
  weights: ReadonlyMap<number, number>,
): number {
  let level = Number.NEGATIVE_INFINITY;
  for (let i = 1; i < spans.length; i++) {
    const span = spans[i] as ArticleSpan;
    if (span.start?.kind !== "gap")
      level = Math.max(level, pieceCohesion(table, spans[i - 1] as ArticleSpan, span, weights));
  }
  return level;
}

/**
 * The idf-weighted cosine of the names and stems of the piece above and the piece below (each
 * term weighed by `weights` where given, as in PieceTerms).
 */
export function pieceCohesion(
  table: FeatureTable,
  above: ArticleSpan,
  below: ArticleSpan,
  weights?: ReadonlyMap<number, number>,
): number {
  const from = Math.max(above.first, below.first - PIECE_PARAGRAPHS);
  const to = Math.min(below.last, below.first + PIECE_PARAGRAPHS - 1);
  const up = below.first - from;
  const down = to - below.first;
  // By corpus idf, kept a table: the rules on whole pieces and the start veto ask many of the same
  // starts' cohesion again (the pieces a join left as they were), and it reads only the texts.
  const kept =
    weights === undefined &&
    up >= 0 &&
    up <= PIECE_PARAGRAPHS &&
    down >= 0 &&
    down < PIECE_PARAGRAPHS
      ? keptCohesions(table)
      : undefined;
  const key = (below.first * (PIECE_PARAGRAPHS + 1) + up) * PIECE_PARAGRAPHS + down;
  const known = kept?.get(key);
  if (known !== undefined) return known;
  const pieces = new PieceTerms(table, from, to, weights);
  for (let p = from; p < below.first; p++) pieces.above(p, 1);
  for (let p = below.first; p <= to; p++) pieces.below(p, 1);
  const cohesion = pieces.cohesion();
  kept?.set(key, cohesion);
  return cohesion;
}

// Each table's whole-piece cohesions by corpus idf, by the pieces' first paragraph and sizes.
const cohesionsKept = new WeakMap<FeatureTable, Map<number, number>>();

function keptCohesions(table: FeatureTable): Map<number, number> {
  let kept = cohesionsKept.get(table);
  if (kept === undefined) {
    kept = new Map();
    cohesionsKept.set(table, kept);
  }
  return kept;
}
