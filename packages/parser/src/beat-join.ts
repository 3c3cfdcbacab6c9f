import type { ArticleSpan } from "./article-span.js";
import { dumpBeatWeights } from "./beat-weights.js";
import type { DumpLevel } from "./dump-level.js";
import {
  HALVES_JOIN,
  type HalvesJoin,
  joinedWhere,
  pieceCohesion,
  pieceSizes,
} from "./split-halves.js";
import type { FeatureTable } from "./text-features.js";

/**
 * How far above the dump's beat level (`DumpLevel.beat`) two pieces must hold together, their
 * words weighed with the dump's beat discounted, to be one story. Read off folds 2 and 3
 * (`corpus/beat-join-screen.ts`, before the joins): past the join by corpus idf, 0.05 drops 5 and
 * 3 more false starts there and no true one; 0.04 7 and 6 against 1 and 0 true, and lost a true
 * start on fold 3's eval (docs/tried.md, "The beat weights in the join of split halves").
 */
export const OVER_BEAT_LEVEL = 0.05;

/**
 * After the join by corpus idf (`joinSplitHalves`), the gap starts between two pieces of
 * HALVES_JOIN.shortPiece paragraphs or more (no start between shorter pieces was dropped by it on
 * folds 2 and 3 but a brief's true one) whose cohesion, each word weighed by its corpus idf
 * times how few of the dump's blocks use it (`dumpBeatWeights`), is past the same measure at the
 * dump's explicit starts (`level().beat()`) by OVER_BEAT_LEVEL: words every story of the dump uses
 * say nothing of two pieces being one story, and once they are weighed down the halves of one
 * story still share their own names and words. The start is dropped and the two spans are one.
 * A dump with no explicit start past its first has no level: nothing moves.
 */
export function joinBeatHalves(
  spans: ArticleSpan[],
  table: FeatureTable,
  level: () => DumpLevel,
  join: HalvesJoin = HALVES_JOIN,
): ArticleSpan[] {
  const candidate = (above: ArticleSpan, span: ArticleSpan) =>
    span.start?.kind === "gap" && pieceSizes(above, span).shorter >= join.shortPiece;
  if (!spans.some((span, i) => i > 0 && candidate(spans[i - 1] as ArticleSpan, span))) return spans;
  const beat = level().beat?.();
  if (beat === undefined || beat === Number.NEGATIVE_INFINITY) return spans;
  let weights: ReadonlyMap<number, number> | undefined;
  return joinedWhere(spans, (above, span) => {
    if (!candidate(above, span)) return false;
    weights ??= dumpBeatWeights(table);
    return pieceCohesion(table, above, span, weights) >= beat + OVER_BEAT_LEVEL;
  });
}
