import { writeFileSync } from "node:fs";
import type { ArticleSpan } from "../article-span.js";
import { LEAST_PIECE, pieceCohesion } from "../split-halves.js";
import { weakestGap } from "../weak-halves.js";
import { auc } from "./auc.js";
import { corpusOrExplain, VALIDATION_FOLD } from "./corpus-articles.js";
import { decoderLogOdds } from "./decoder-log-odds.js";
import { segmentedDumps } from "./segmented-dumps.js";

/**
 * `node dist-tools/corpus/missed-start-cohesion.js [fold] [lines|briefs] [least]` (after `npm run
 * tools`): a screen for the starts the parse missed inside a long article. In every found article
 * with `least` paragraphs or more (eight unless told) on each side of some gap, the gap whose
 * whole pieces hold together least (`pieceCohesion`, as the join of split halves reads it), set
 * beside the dump's levels (the highest and the lowest cohesion across its explicit starts):
 * found articles that hold a missed true start with `least` paragraphs each side against those
 * that hold none, and how often the weakest gap is that start. Counts and AUCs only.
 */
function main(): void {
  const corpus = corpusOrExplain("missed-start cohesion", true);
  if (corpus === null) return;
  const fold = Number(process.argv[2] ?? VALIDATION_FOLD);
  const briefs = process.argv[3] === "briefs";
  const least = Number(process.argv[4] ?? LEAST_PIECE);
  const most = Number(process.argv[5] ?? Number.POSITIVE_INFINITY);
  const rowsPath = process.argv[6];
  const rows: Row[] = [];
  // Found articles opened at a true start that hold a missed one, by their length.
  const merged = new Map<string, number>();
  for (const { spans, table, trueStarts } of segmentedDumps(corpus, fold, briefs)) {
    const explicit = spans
      .map((s, i) => ({ s, i }))
      .filter(({ s, i }) => i > 0 && s.start?.kind !== "gap")
      .map(({ s, i }) => pieceCohesion(table, spans[i - 1] as ArticleSpan, s));
    const high = explicit.length === 0 ? null : Math.max(...explicit);
    const low = explicit.length === 0 ? null : Math.min(...explicit);
    const gapLogOdds = decoderLogOdds(table);
    for (const span of spans) {
      const length = span.last - span.first + 1;
      if (trueStarts.has(span.first)) {
        let inside = -1;
        for (let p = span.first + 1; p <= span.last && inside < 0; p++)
          if (trueStarts.has(p)) inside = p;
        if (inside >= 0) {
          const key = `${lengthBand(length)}, piece above ${lengthBand(inside - span.first)}`;
          merged.set(key, (merged.get(key) ?? 0) + 1);
        }
      }
      if (length > most) continue;
      const weakest = weakestGap(table, span, least);
      if (weakest === null) continue;
      const missed: number[] = [];
      for (let p = span.first + least; p <= span.last - least + 1; p++)
        if (trueStarts.has(p)) missed.push(p);
      const near = missed.some((p) => Math.abs(p - weakest.at) <= 2);
      rows.push({
        ...weakest,
        missed: missed.length > 0,
        exact: missed.includes(weakest.at),
        near,
        high,
        low,
        length,
        above: weakest.at - span.first,
        logOdds: gapLogOdds(span.first, weakest.at),
        trueAt: trueStarts.has(weakest.at),
        shiftedTrue: trueStarts.has(bestNear(span, weakest.at, least, gapLogOdds)),
      });
    }
  }
  console.log(
    `== fold ${fold}: found articles opened at a true start holding a missed one, by length`,
  );
  for (const [key, n] of [...merged].sort()) console.log(`  ${key}: ${n}`);
  if (rowsPath !== undefined)
    writeFileSync(
      rowsPath,
      `${["length", "above", "cohesion", "logOdds", "missed", "exact", "near", "shifted"].join("\t")}\n${rows
        .map((r) =>
          [
            r.length,
            r.above,
            r.cohesion.toFixed(4),
            r.logOdds.toFixed(3),
            +r.missed,
            +r.trueAt,
            +r.near,
            +r.shiftedTrue,
          ].join("\t"),
        )
        .join("\n")}\n`,
    );
  const ys = rows.map((r) => (r.missed ? 1 : 0));
  const trues = ys.filter((y) => y === 1).length;
  console.log(
    `== fold ${fold}, ${briefs ? "briefs" : "lines"}, found articles with ${least}+ paragraphs each side of a gap: ${rows.length}, ${trues} holding a missed start (weakest gap exact ${rows.filter((r) => r.exact).length}, within two ${rows.filter((r) => r.near).length})`,
  );
  const levelled = rows.filter((r) => r.high !== null);
  const ly = levelled.map((r) => (r.missed ? 1 : 0));
  console.log(
    `  AUC (missed start, lower weakest cohesion): raw ${auc(
      rows.map((r) => -r.cohesion),
      ys,
    ).toFixed(
      3,
    )}; in dumps with an explicit start (${levelled.length}, ${ly.filter((y) => y === 1).length} missed): raw ${auc(
      levelled.map((r) => -r.cohesion),
      ly,
    ).toFixed(3)}, under the highest level ${auc(
      levelled.map((r) => -(r.cohesion - (r.high as number))),
      ly,
    ).toFixed(3)}, under the lowest ${auc(
      levelled.map((r) => -(r.cohesion - (r.low as number))),
      ly,
    ).toFixed(3)}`,
  );
  for (const bar of [0.02, 0.04, 0.06, 0.08, 0.1, 0.15]) {
    const under = rows.filter((r) => r.cohesion < bar);
    console.log(
      `  weakest cohesion < ${bar}: ${under.filter((r) => r.missed).length} missed (${under.filter((r) => r.exact).length} exact, ${under.filter((r) => r.near).length} within two), ${under.filter((r) => !r.missed).length} none`,
    );
  }
  for (const [name, level] of [
    ["lowest", (r: Row) => r.low],
    ["highest", (r: Row) => r.high],
  ] as const) {
    for (const bar of [0, -0.05, -0.1, -0.15, -0.2, -0.3]) {
      const under = levelled.filter((r) => r.cohesion - (level(r) as number) < bar);
      console.log(
        `  weakest under the ${name} level by ${-bar}: ${under.filter((r) => r.missed).length} missed (${under.filter((r) => r.exact).length} exact, ${under.filter((r) => r.near).length} within two), ${under.filter((r) => !r.missed).length} none`,
      );
    }
  }
}

interface Row {
  at: number;
  cohesion: number;
  missed: boolean;
  exact: boolean;
  near: boolean;
  high: number | null;
  low: number | null;
  /** The article's paragraphs, and those above the weakest gap. */
  length: number;
  above: number;
  /** The decoder's calibrated log-odds of a start at the weakest gap, in the article. */
  logOdds: number;
  trueAt: boolean;
  /** Whether the gap within two of the weakest that the decoder likes best is a true start. */
  shiftedTrue: boolean;
}

/** The gap within two of `at`, `least` from the span's ends, with the decoder's best log-odds. */
function bestNear(
  span: ArticleSpan,
  at: number,
  least: number,
  gapLogOdds: (first: number, at: number) => number,
): number {
  let best = at;
  let bestOdds = gapLogOdds(span.first, at);
  if (Number.isNaN(bestOdds)) bestOdds = Number.NEGATIVE_INFINITY;
  const from = Math.max(at - 2, span.first + least);
  const to = Math.min(at + 2, span.last - least + 1);
  for (let p = from; p <= to; p++) {
    const odds = gapLogOdds(span.first, p);
    if (odds > bestOdds) {
      best = p;
      bestOdds = odds;
    }
  }
  return best;
}

function lengthBand(n: number): string {
  return n < 8 ? "01-7" : n < 12 ? "08-11" : n < 16 ? "12-15" : "16+";
}

main();
