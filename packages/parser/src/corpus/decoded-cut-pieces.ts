import { writeFileSync } from "node:fs";
import type { ArticleSpan } from "../article-span.js";
import { dumpLevel, pieceCohesion } from "../split-halves.js";
import { KEY_IDF } from "../term-idf.js";
import { KEYS, termsOf } from "../term-store.js";
import type { FeatureTable } from "../text-features.js";
import { auc } from "./auc.js";
import { corpusOrExplain, VALIDATION_FOLD } from "./corpus-articles.js";
import { segmentedDumps } from "./segmented-dumps.js";

/**
 * `node dist-tools/corpus/decoded-cut-pieces.js [fold]` (after `npm run tools`; `ROWS=FILE`
 * writes one row per start, numbers only): the decoder's starts past each dump's first, after
 * the parse's joins, true or false, with what the gap looks like: the decoder's log-odds, the
 * whole pieces' cohesion against the dump's level, both pieces' lengths, the lede-likeness of
 * the paragraph under the cut and the ending-likeness of the one above, and whether the piece
 * after has its own cast (the idf-weighted share of the names of its first three paragraphs that
 * the piece above never named; how much of the piece after's later names the piece above named).
 */
interface Row {
  ys: number;
  near: number;
  score: number;
  above: number;
  below: number;
  cohesion: number;
  level: number;
  lede: number;
  lede2: number;
  ending: number;
  newCast: number;
  castBack: number;
  nextKind: string;
  prevKind: string;
  dumpSize: number;
}

function names(table: FeatureTable, from: number, to: number): Map<number, number> {
  const out = new Map<number, number>();
  for (let p = from; p <= to; p++)
    for (const k of termsOf(table.lexical(p), KEYS)) out.set(k, (out.get(k) ?? 0) + 1);
  return out;
}

function idf(term: number): number {
  return KEY_IDF.get(term);
}

/** The idf-weighted share of `of`'s names that `inside` does not hold. */
function newShare(of: Map<number, number>, inside: Map<number, number>): number {
  let all = 0;
  let fresh = 0;
  for (const k of of.keys()) {
    const w = idf(k);
    all += w;
    if (!inside.has(k)) fresh += w;
  }
  return all === 0 ? -1 : fresh / all;
}

function main(): void {
  const corpus = corpusOrExplain("decoded cut pieces", true);
  if (corpus === null) return;
  const fold = Number(process.argv[2] ?? VALIDATION_FOLD);
  const rows: Row[] = [];
  for (const { spans, table, trueStarts, paragraphs } of segmentedDumps(corpus, fold, false)) {
    const level = dumpLevel(spans, table).highest;
    spans.forEach((s, i) => {
      if (i === 0 || s.start?.kind !== "gap" || s.reach === undefined || s.start.score === 0)
        return;
      const above = spans[i - 1] as ArticleSpan;
      const from = Math.max(above.first, s.first - 20);
      const aboveNames = names(table, from, s.first - 1);
      const opening = names(table, s.first, Math.min(s.last, s.first + 2));
      const later = names(table, Math.min(s.last, s.first + 3), Math.min(s.last, s.first + 19));
      const back = 1 - newShare(later, aboveNames);
      let near = 0;
      for (let d = -2; d <= 2; d++) if (d !== 0 && trueStarts.has(s.first + d)) near = 1;
      const next = spans[i + 1];
      rows.push({
        ys: trueStarts.has(s.first) ? 1 : 0,
        near,
        score: s.start.score,
        above: s.first - above.first,
        below: s.last - s.first + 1,
        cohesion: pieceCohesion(table, above, s),
        level,
        lede: table.lexical(s.first).ledeLike,
        lede2: s.first + 1 <= s.last ? table.lexical(s.first + 1).ledeLike : -1,
        ending: table.lexical(s.first - 1).endingLike,
        newCast: newShare(opening, aboveNames),
        castBack: later.size === 0 ? -1 : back,
        nextKind: next === undefined ? "end" : (next.start?.kind ?? "break"),
        prevKind: above.start?.kind ?? (i - 1 === 0 ? "first" : "break"),
        dumpSize: paragraphs.length,
      });
    });
  }
  if (process.env.ROWS) writeFileSync(process.env.ROWS, JSON.stringify(rows));
  const t = rows.filter((r) => r.ys === 1).length;
  console.log(`fold ${fold}: ${rows.length} decoded starts, ${t} true, ${rows.length - t} false`);
  const count = (r: Row[]) => {
    const y = r.filter((x) => x.ys === 1).length;
    return `${y} / ${r.length - y}`.padEnd(10);
  };
  // Both pieces long, in a dump with a level: the cell the joins read.
  const long = rows.filter(
    (r) => Math.min(r.above, r.below) >= 8 && r.level !== Number.NEGATIVE_INFINITY,
  );
  const ys = long.map((r) => r.ys);
  const readings: [string, (r: Row) => number][] = [
    ["log-odds", (r) => r.score],
    ["cohesion - level", (r) => r.cohesion - r.level],
    ["lede-likeness under", (r) => r.lede],
    ["ending-likeness above", (r) => r.ending],
    ["new cast share", (r) => r.newCast],
    ["cast back share", (r) => r.castBack],
    ["shorter piece", (r) => Math.min(r.above, r.below)],
  ];
  console.log(`both pieces 8+ with a level: AUC of true against false starts`);
  for (const [name, of] of readings)
    console.log(`  ${name.padEnd(24)}${auc(long.map(of), ys).toFixed(2)}`);
  const ledes = [2, 0.7, 0.5, 0.4];
  console.log(
    `both pieces 8+, true / false at cohesion >= level + rel, log-odds < score, lede-likeness < lede`,
  );
  console.log(`rel   score  ${ledes.map((l) => `lede ${l}`.padEnd(10)).join("")}`);
  for (const rel of [0, 0.01, 0.02, 0.03, 0.05])
    for (const score of [0, 0.5, 1, 99]) {
      const cell = long.filter((r) => r.cohesion >= r.level + rel && r.score < score);
      const cells = ledes.map((l) => count(cell.filter((r) => r.lede < l))).join("");
      console.log(`${String(rel).padEnd(6)}${String(score).padEnd(7)}${cells}`);
    }
}

main();
