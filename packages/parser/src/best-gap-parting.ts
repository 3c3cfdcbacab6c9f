import { type ArticleSpan, emptySpan } from "./article-span.js";
import { bodyParagraphs } from "./content-paragraphs.js";
import { decoderGapScore } from "./decoded-starts.js";
import { RIGHT_WINDOW } from "./gap-windows.js";
import { LeftContext } from "./left-context.js";
import { pieceCohesion } from "./split-halves.js";
import type { FeatureTable } from "./text-features.js";
import { weakestGap } from "./weak-halves.js";

/**
 * Fewest paragraphs on each side of the gap searched: shorter than the parting of weak halves'
 * pieces (eight), where the cosine of two pieces alone is too noisy to part by (pieces of six
 * lost F1 on folds 2 and 3, docs/tried.md), so the gap is the decoder's choice, not the
 * cohesion's.
 */
export const BEST_GAP_PIECE = 5;

/**
 * Under this whole-piece cohesion at the decoder's best gap the article is parted there. Chosen
 * on folds 2 and 3 (0.03 and 0.05 tried; 0.05 lowered the fixtures' dumps; docs/notes).
 */
export const BEST_GAP_COHESION = 0.04;

/**
 * Longer found articles are not searched: the search scores every gap of the article, so a page
 * of megabytes with no boundary would cost a decoder score at each of its paragraphs.
 */
export const LONGEST_SEARCHED = 200;

/**
 * Whether a found article of `length` body paragraphs is long enough to be searched: as long as
 * the dump's own stories run (`dumpMean`, from its explicit starts), and room for two pieces.
 */
export function searchesBestGap(length: number, dumpMean: number): boolean {
  return length >= 2 * BEST_GAP_PIECE && length >= dumpMean;
}

/**
 * Each found article at least as long as the dump's own stories run is parted at the gap the
 * decoder scores highest (BEST_GAP_PIECE paragraphs or more from either end), where the two
 * whole pieces there hold together under BEST_GAP_COHESION: a headless start found from the text,
 * with no score of its own. The decoder's scores are read only where the article's weakest gap
 * is under the bar (no gap can be under it otherwise), in articles of LONGEST_SEARCHED paragraphs
 * or fewer. `dumpMean` is asked for only then; undefined leaves every article as it is.
 */
export function partAtBestGap(
  spans: ArticleSpan[],
  table: FeatureTable,
  dumpMean: () => number | undefined,
): ArticleSpan[] {
  let out: ArticleSpan[] | null = null;
  let scores: BestScore | undefined;
  for (let i = 0; i < spans.length; i++) {
    const span = spans[i] as ArticleSpan;
    const at = bestGapToPart(span, table, dumpMean, () => {
      scores ??= decoderScores(table);
      return scores;
    });
    if (at >= 0) {
      out ??= spans.slice(0, i);
      out.push(
        { ...span, last: at - 1 },
        {
          ...emptySpan(at),
          last: span.last,
          start: { kind: "gap", score: 0 },
          // The choice read the article to its end and the decoder's right window past it.
          reach: span.last - at + 2 + RIGHT_WINDOW,
        },
      );
    } else out?.push(span);
  }
  return out ?? spans;
}

/**
 * The paragraph where `span` is parted (partAtBestGap), or -1. Pieces and length count body
 * paragraphs: a database export's fields or a page's debris above the lede are no piece.
 */
function bestGapToPart(
  span: ArticleSpan,
  table: FeatureTable,
  dumpMean: () => number | undefined,
  scores: () => BestScore,
): number {
  if (span.last - span.first + 1 > LONGEST_SEARCHED) return -1;
  const body = bodyParagraphs(table.paragraphs, span.first, span.last);
  if (body.length < 2 * BEST_GAP_PIECE) return -1;
  // Every gap searched below has BEST_GAP_PIECE paragraphs or more each side, so it is no weaker
  // than the weakest gap of the whole span.
  const weakest = weakestGap(table, span, BEST_GAP_PIECE);
  if (weakest === null || weakest.cohesion >= BEST_GAP_COHESION) return -1;
  const mean = dumpMean();
  if (mean === undefined || !searchesBestGap(body.length, mean)) return -1;
  const score = scores();
  let best = -1;
  let bestScore = Number.NEGATIVE_INFINITY;
  for (let k = BEST_GAP_PIECE; k <= body.length - BEST_GAP_PIECE; k++) {
    const at = body[k] as number;
    // A gap bounded under the best so far returns its bound, which cannot win.
    const s = score(span.first, at, bestScore);
    if (s > bestScore) {
      best = at;
      bestScore = s;
    }
  }
  if (best < 0) return -1;
  const cohesion = pieceCohesion(table, { ...span, last: best - 1 }, { ...span, first: best });
  return cohesion < BEST_GAP_COHESION ? best : -1;
}

/** A start's decoder score at `at` in the article begun at `first`, bounded under `floor`. */
type BestScore = (first: number, at: number, floor: number) => number;

/**
 * The whole articles' decoder score of a start at paragraph `at` in the article begun at
 * `first`, over the dump's body paragraphs; -Infinity where `at` is no body paragraph.
 */
function decoderScores(table: FeatureTable): BestScore {
  const body = bodyParagraphs(table.paragraphs, 0, table.paragraphs.length - 1);
  const index = new Map(body.map((p, g) => [p, g]));
  const context = new LeftContext(table);
  context.reset(body);
  // The article's first body paragraph, found once per article.
  let articleFirst = -1;
  let articleStart = 0;
  return (first, at, floor) => {
    const g = index.get(at);
    if (g === undefined || g === 0) return Number.NEGATIVE_INFINITY;
    if (first !== articleFirst) {
      articleFirst = first;
      let s = g;
      while (s > 0 && (body[s - 1] as number) >= first) s--;
      articleStart = s;
    }
    return decoderGapScore(context, table, body, g, floor, articleStart);
  };
}
