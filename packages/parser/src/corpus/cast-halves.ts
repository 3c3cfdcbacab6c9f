import { writeFileSync } from "node:fs";
import type { ArticleSpan } from "../article-span.js";
import { beatCohesionAt } from "../beat-halves.js";
import { beatWeights } from "../beat-weights.js";
import { LEAST_PIECE, PIECE_PARAGRAPHS, pieceCohesion } from "../split-halves.js";
import { KEY_IDF } from "../term-idf.js";
import { KEYS, SURNAMES, termsOf } from "../term-store.js";
import type { FeatureTable } from "../text-features.js";
import { type CastGap, printCastScreen } from "./cast-halves-screen.js";
import { corpusOrExplain, VALIDATION_FOLD } from "./corpus-articles.js";
import { segmentedDumps } from "./segmented-dumps.js";

// A true start this near a found one is that start moved, not missed.
const NEAR = 2;
// The least found article read: two pieces of LEAST_PIECE.
const LONG = 2 * LEAST_PIECE;

/**
 * `node dist-tools/corpus/cast-halves.js [fold] [lines|briefs] [gaps.tsv]` (after `npm run
 * tools`): in every found article of sixteen paragraphs or more, at each gap with eight or more
 * paragraphs each side, how much the two pieces (up to twenty paragraphs each) share their cast
 * rather than their words: the surnames of full names each piece names (in any paragraph, and
 * in two or more: its protagonists), their overlap, and the idf-weighted cosine of the
 * capitalized words alone, beside the pieces' word cohesion and the lede- and ending-likeness
 * at the gap; then each measure's AUC at true starts and a screen of partings at each article's
 * weakest gap where the pieces have their own protagonists (`cast-halves-screen.ts`), to set a
 * parting by cast beside the parting by words (`weak-halves.ts`). Counts only.
 */
function main(): void {
  const corpus = corpusOrExplain("cast-halves screen", true);
  if (corpus === null) return;
  const fold = Number(process.argv[2] ?? VALIDATION_FOLD);
  const briefs = process.argv[3] === "briefs";
  const gaps: CastGap[] = [];
  let dump = 0;
  for (const { table, spans, trueStarts } of segmentedDumps(corpus, fold, briefs)) {
    dump++;
    const weights = beatWeights(
      table,
      spans.filter((s) => s.last - s.first + 1 >= LONG),
    );
    const foundStarts = spans.map((s) => s.first);
    const isFound = (p: number) => foundStarts.some((f) => Math.abs(f - p) <= NEAR);
    for (const span of spans) {
      if (span.last - span.first + 1 < LONG) continue;
      const missed: number[] = [];
      for (let p = span.first + LEAST_PIECE; p <= span.last - LEAST_PIECE + 1; p++)
        if (trueStarts.has(p) && !isFound(p)) missed.push(p);
      for (let at = span.first + LEAST_PIECE; at <= span.last - LEAST_PIECE + 1; at++)
        gaps.push({
          dump,
          beat: beatCohesionAt(table, weights, span, at),
          ...castGap(table, span, at, trueStarts.has(at), missed),
        });
    }
  }
  console.log(`== fold ${fold}, ${briefs ? "briefs" : "lines"}: ${gaps.length} gaps`);
  printCastScreen(gaps);
  const path = process.argv[4];
  if (path === undefined) return;
  const keys = Object.keys(gaps[0] ?? {}) as (keyof CastGap)[];
  const rows = gaps.map((g) => keys.map((k) => Number(g[k])).join("\t"));
  writeFileSync(path, `${keys.join("\t")}\n${rows.join("\n")}\n`);
}

/** The gap at paragraph `at` of the found article `span`, measured. */
function castGap(
  table: FeatureTable,
  span: ArticleSpan,
  at: number,
  isTrue: boolean,
  missed: readonly number[],
): Omit<CastGap, "dump" | "beat"> {
  const [up, down] = pieces(span, at);
  const castUp = castOf(table, up);
  const castDown = castOf(table, down);
  return {
    span: span.first,
    length: span.last - span.first + 1,
    above: at - span.first,
    below: span.last - at + 1,
    isTrue,
    near: missed.some((m) => Math.abs(m - at) <= NEAR),
    holds: missed.length > 0,
    words: pieceCohesion(table, { ...span, last: at - 1 }, { ...span, first: at }),
    keys: keyCosine(table, up, down),
    castUp: castUp.all.size,
    castDown: castDown.all.size,
    castShared: shared(castUp.all, castDown.all),
    mainUp: castUp.main.size,
    mainDown: castDown.main.size,
    mainShared: shared(castUp.main, castDown.main),
    upGone: castUp.main.size - shared(castUp.main, castDown.all),
    downNew: castDown.main.size - shared(castDown.main, castUp.all),
    lede: table.lexical(at).ledeLike,
    ending: table.lexical(at - 1).endingLike,
  };
}

/** The pieces above and below paragraph `at` of `span`, up to PIECE_PARAGRAPHS each. */
function pieces(span: ArticleSpan, at: number): [ArticleSpan, ArticleSpan] {
  return [
    { ...span, first: Math.max(span.first, at - PIECE_PARAGRAPHS), last: at - 1 },
    { ...span, first: at, last: Math.min(span.last, at + PIECE_PARAGRAPHS - 1) },
  ];
}

/** The surnames a piece names (`all`), and those named in two or more of its paragraphs (`main`). */
function castOf(table: FeatureTable, piece: ArticleSpan): { all: Set<number>; main: Set<number> } {
  const counts = new Map<number, number>();
  for (let p = piece.first; p <= piece.last; p++)
    for (const id of new Set(termsOf(table.lexical(p), SURNAMES)))
      counts.set(id, (counts.get(id) ?? 0) + 1);
  const main = new Set([...counts].filter(([, n]) => n >= 2).map(([id]) => id));
  return { all: new Set(counts.keys()), main };
}

function shared(a: ReadonlySet<number>, b: ReadonlySet<number>): number {
  let n = 0;
  for (const id of a) if (b.has(id)) n++;
  return n;
}

/** The idf-weighted cosine of the two pieces' capitalized words alone (names and places). */
function keyCosine(table: FeatureTable, up: ArticleSpan, down: ArticleSpan): number {
  const weights = (piece: ArticleSpan) => {
    const w = new Map<number, number>();
    for (let p = piece.first; p <= piece.last; p++)
      for (const id of termsOf(table.lexical(p), KEYS))
        w.set(id, (w.get(id) ?? 0) + KEY_IDF.get(id));
    return w;
  };
  const a = weights(up);
  const b = weights(down);
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (const [id, x] of a) {
    na += x * x;
    dot += x * (b.get(id) ?? 0);
  }
  for (const x of b.values()) nb += x * x;
  return na === 0 || nb === 0 ? 0 : dot / Math.sqrt(na * nb);
}

main();
