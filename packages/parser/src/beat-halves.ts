import type { ArticleSpan } from "./article-span.js";
import { beatWeights, forEachTerm } from "./beat-weights.js";
import { LEAST_PIECE, PIECE_PARAGRAPHS } from "./split-halves.js";
import type { FeatureTable } from "./text-features.js";
import { bareOpening, type Opening, partedWhere, WIDE_PIECE } from "./weak-halves.js";

/**
 * Below this cohesion of two pieces of WIDE_PIECE paragraphs or more, their words weighed with
 * the dump's beat discounted (`beatWeights`), a found article is two stories of one beat. Read
 * off folds 2 and 3 (`corpus/cast-halves.ts`, after main's parting): there the weakest such gap
 * under it was within two paragraphs of a missed start in 17 of 20 and 7 of 10 articles.
 */
export const UNDER_BEAT_COHESION = 0.04;

/**
 * Each found article is searched, as `partWeakHalves` does (pieces of LEAST_PIECE or more), for
 * the gap whose two pieces (up to PIECE_PARAGRAPHS each) hold together least once the words the
 * dump's stories all share are weighed down, and parted there where both pieces hold WIDE_PIECE
 * paragraphs or more and that cohesion is under UNDER_BEAT_COHESION: stories of one outlet's beat
 * that share their vocabulary, which the parting by corpus idf leaves whole. Where the weakest gap
 * lies near an end (a piece of eight to eleven) nothing is parted: searched only from twelve in,
 * fold 3's articles were parted near no missed start 16 times in 25. A headless start found from
 * the text, with no score.
 */
export function partBeatHalves(
  spans: ArticleSpan[],
  table: FeatureTable,
  opening: Opening = bareOpening,
): ArticleSpan[] {
  const isLong = (s: ArticleSpan) => s.last - s.first + 1 >= 2 * WIDE_PIECE;
  if (!spans.some(isLong)) return spans;
  const weights = beatWeights(
    table,
    spans.filter((s) => s.last - s.first + 1 >= 2 * LEAST_PIECE),
  );
  return partedWhere(spans, table.paragraphs, opening, (span) => {
    if (!isLong(span)) return null;
    const weakest = weakestBeatGap(table, weights, span, LEAST_PIECE);
    return weakest !== null &&
      Math.min(weakest.at - span.first, span.last - weakest.at + 1) >= WIDE_PIECE &&
      weakest.cohesion < UNDER_BEAT_COHESION
      ? weakest.at
      : null;
  });
}

/**
 * The gap of `span`, `least` paragraphs from either end, whose pieces (up to PIECE_PARAGRAPHS
 * each) hold together least under `weights`; the pieces slide one paragraph a gap.
 */
export function weakestBeatGap(
  table: FeatureTable,
  weights: ReadonlyMap<number, number>,
  span: ArticleSpan,
  least = WIDE_PIECE,
): { at: number; cohesion: number } | null {
  const first = span.first + least;
  const last = span.last - least + 1;
  if (first > last) return null;
  const pieces = new WeightedPieces(table, weights);
  for (let p = Math.max(span.first, first - PIECE_PARAGRAPHS); p < first; p++) pieces.add(p, 0, 1);
  for (let p = first; p <= Math.min(span.last, first + PIECE_PARAGRAPHS - 1); p++)
    pieces.add(p, 1, 1);
  let best = { at: first, cohesion: pieces.cohesion() };
  for (let at = first + 1; at <= last; at++) {
    pieces.add(at - 1, 0, 1);
    if (at - 1 - PIECE_PARAGRAPHS >= span.first) pieces.add(at - 1 - PIECE_PARAGRAPHS, 0, -1);
    pieces.add(at - 1, 1, -1);
    if (at + PIECE_PARAGRAPHS - 1 <= span.last) pieces.add(at + PIECE_PARAGRAPHS - 1, 1, 1);
    const cohesion = pieces.cohesion();
    if (cohesion < best.cohesion) best = { at, cohesion };
  }
  return best;
}

/** The cohesion under `weights` of the pieces of `span` either side of paragraph `at` (counting tools). */
export function beatCohesionAt(
  table: FeatureTable,
  weights: ReadonlyMap<number, number>,
  span: ArticleSpan,
  at: number,
): number {
  const pieces = new WeightedPieces(table, weights);
  for (let p = Math.max(span.first, at - PIECE_PARAGRAPHS); p < at; p++) pieces.add(p, 0, 1);
  for (let p = at; p <= Math.min(span.last, at + PIECE_PARAGRAPHS - 1); p++) pieces.add(p, 1, 1);
  return pieces.cohesion();
}

/** Two pieces' weighted term sums (0 above, 1 below), with their dot product and norms kept. */
class WeightedPieces {
  private readonly sums = [new Map<number, number>(), new Map<number, number>()];
  private dot = 0;
  private readonly norms = [0, 0];

  constructor(
    private readonly table: FeatureTable,
    private readonly weights: ReadonlyMap<number, number>,
  ) {}

  add(p: number, side: 0 | 1, sign: 1 | -1): void {
    const own = this.sums[side] as Map<number, number>;
    const other = this.sums[1 - side] as Map<number, number>;
    forEachTerm(this.table, p, (key) => {
      const w = sign * (this.weights.get(key) ?? 0);
      const before = own.get(key) ?? 0;
      const after = before + w;
      own.set(key, after);
      this.dot += w * (other.get(key) ?? 0);
      this.norms[side] = (this.norms[side] as number) + after * after - before * before;
    });
  }

  cohesion(): number {
    const norm = Math.sqrt((this.norms[0] as number) * (this.norms[1] as number));
    return norm <= 0 ? 0 : this.dot / norm;
  }
}
