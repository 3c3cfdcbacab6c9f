import { writeFileSync } from "node:fs";
import { ArticleSoFar } from "../article-so-far.js";
import type { ArticleSpan } from "../article-span.js";
import { levelWithout, medianInPlace } from "../dump-level.js";
import { dumpLevel, pieceCohesion } from "../split-halves.js";
import { isSubhead } from "../subhead-rule.js";
import { KEYS, termsOf } from "../term-store.js";
import type { FeatureTable, ParagraphFeatures } from "../text-features.js";
import { auc } from "./auc.js";
import { corpusOrExplain, VALIDATION_FOLD } from "./corpus-articles.js";
import { segmentedDumps } from "./segmented-dumps.js";

/**
 * `node dist-tools/corpus/subhead-screen.js [fold]` (after `npm run tools`; `ROWS=FILE` writes
 * one row per start, numbers only): the starts past each dump's first that open at a headline
 * line (a title-like line taken as the article's headline), true or false, with readings of
 * whether the line is a subhead inside one story: the text around it (local cohesion of the
 * few paragraphs above and below, against the cohesion of the line's own piece), the
 * paragraph above read as an ending, the paragraph under it read as going on (its opening, the
 * names it shares with the piece above), other title-like lines inside the pieces at regular
 * intervals, and the line's form (a question, a colon).
 */
interface Row {
  ys: number;
  near: number;
  kind: string;
  score: number;
  above: number;
  below: number;
  words: number;
  cohesion: number;
  level: number;
  local: number;
  ending: number;
  lede: number;
  cont: number;
  nameBack: number;
  linesAbove: number;
  linesBelow: number;
  spacing: number;
  question: number;
  colon: number;
  subheadRule: number;
  ownHeads: number;
  medWhole: number;
  medLocal: number;
  others: number;
}

function median(xs: readonly number[]): number {
  return medianInPlace([...xs]);
}

function localCohesion(table: FeatureTable, above: ArticleSpan, s: ArticleSpan): number {
  const line = s.headline ?? s.first;
  const bodyStart = Math.max(line, ...s.bylines, s.dek ?? -1) + 1;
  const localAbove = { ...above, first: Math.max(above.first, s.first - LOCAL) };
  const localBelow = { ...s, last: Math.min(s.last, bodyStart + LOCAL - 1) };
  return pieceCohesion(table, localAbove, localBelow);
}

const LOCAL = 3;

function names(table: FeatureTable, from: number, to: number): Set<number> {
  const out = new Set<number>();
  for (let p = from; p <= to; p++) for (const k of termsOf(table.lexical(p), KEYS)) out.add(k);
  return out;
}

/** Title-like lines inside [from, to] that no span took as its headline. */
function innerLines(table: FeatureTable, from: number, to: number, heads: Set<number>): number[] {
  const out: number[] = [];
  for (let p = from; p <= to; p++) {
    const f = table.paragraphs[p] as ParagraphFeatures;
    if (f.headlineLike && !heads.has(p)) out.push(p);
  }
  return out;
}

function main(): void {
  const corpus = corpusOrExplain("subhead screen", true);
  if (corpus === null) return;
  const fold = Number(process.argv[2] ?? VALIDATION_FOLD);
  const rows: Row[] = [];
  for (const { spans, table, trueStarts } of segmentedDumps(
    corpus,
    fold,
    process.argv[3] === "briefs",
  )) {
    const level = dumpLevel(spans, table);
    const heads = new Set<number>();
    let ownHeads = 0;
    for (const s of spans) if (s.headline !== null) heads.add(s.headline);
    for (const s of spans) if (s.headline !== null) ownHeads++;
    const soFar = new ArticleSoFar(table);
    const explicit: { first: number; whole: number; local: number }[] = [];
    spans.forEach((s, i) => {
      if (i === 0 || s.start?.kind === "gap") return;
      const above = spans[i - 1] as ArticleSpan;
      explicit.push({
        first: s.first,
        whole: pieceCohesion(table, above, s),
        local: localCohesion(table, above, s),
      });
    });
    spans.forEach((s, i) => {
      if (i === 0 || s.headline === null || s.start === undefined) return;
      const above = spans[i - 1] as ArticleSpan;
      const line = s.headline;
      const bodyStart = Math.max(line, ...s.bylines, s.dek ?? -1) + 1;
      if (bodyStart > s.last || s.first - above.first < 2) return;
      const text = table.text(line);
      const lf = table.paragraphs[line] as ParagraphFeatures;
      const localAbove = { ...above, first: Math.max(above.first, s.first - LOCAL) };
      const localBelow = { ...s, last: Math.min(s.last, bodyStart + LOCAL - 1) };
      const aboveNames = names(table, Math.max(above.first, s.first - 20), s.first - 1);
      const open = names(table, bodyStart, Math.min(s.last, bodyStart + 1));
      let shared = 0;
      for (const k of open) if (aboveNames.has(k)) shared++;
      const inAbove = innerLines(table, above.first + 1, s.first - 1, heads);
      const inBelow = innerLines(table, bodyStart, s.last, heads);
      // Spacing: how evenly the line sits among the inner title-like lines around it.
      const marks = [...inAbove, s.first, ...inBelow];
      let spacing = -1;
      if (marks.length >= 3) {
        const gaps = marks.slice(1).map((m, j) => m - (marks[j] as number));
        const mean = gaps.reduce((a, b) => a + b, 0) / gaps.length;
        const sd = Math.sqrt(gaps.reduce((a, b) => a + (b - mean) ** 2, 0) / gaps.length);
        spacing = sd / mean;
      }
      soFar.reset(above.first, s.first);
      let near = 0;
      for (let d = -2; d <= 2; d++) if (d !== 0 && trueStarts.has(s.first + d)) near = 1;
      rows.push({
        ys: trueStarts.has(s.first) ? 1 : 0,
        near,
        kind: s.start.kind,
        score: s.start.score,
        above: s.first - above.first,
        below: s.last - s.first + 1,
        words: lf.words,
        cohesion: pieceCohesion(table, above, s),
        level: levelWithout(level, table.lineOf(s.first)),
        local: pieceCohesion(table, localAbove, localBelow),
        ending: table.lexical(s.first - 1).endingLike,
        lede: table.lexical(bodyStart).ledeLike,
        cont: (table.paragraphs[bodyStart] as ParagraphFeatures).continuationOpening ? 1 : 0,
        nameBack: open.size === 0 ? -1 : shared / open.size,
        linesAbove: inAbove.length,
        linesBelow: inBelow.length,
        spacing,
        question: text.trimEnd().endsWith("?") ? 1 : 0,
        colon: /:\s*\S/.test(text) || text.trimEnd().endsWith(":") ? 1 : 0,
        subheadRule: isSubhead(
          text,
          lf,
          table.paragraphs[bodyStart] as ParagraphFeatures,
          table.lexical(bodyStart),
          soFar,
        )
          ? 1
          : 0,
        ownHeads,
        medWhole: median(explicit.filter((e) => e.first !== s.first).map((e) => e.whole)),
        medLocal: median(explicit.filter((e) => e.first !== s.first).map((e) => e.local)),
        others: explicit.filter((e) => e.first !== s.first).length,
      });
    });
  }
  if (process.env.ROWS) writeFileSync(process.env.ROWS, JSON.stringify(rows));
  const count = (r: Row[]) => {
    const y = r.filter((x) => x.ys === 1).length;
    return `${y} / ${r.length - y}`;
  };
  console.log(`fold ${fold}: headline starts past the first, true / false: ${count(rows)}`);
  for (const kind of ["headline", "headline-rule", "gap", "all"]) {
    const cell = rows.filter((r) => kind === "all" || r.kind === kind);
    if (cell.length === 0) continue;
    const ys = cell.map((r) => r.ys);
    console.log(`\n${kind}: ${count(cell)}; AUC of true against false`);
    const readings: [string, (r: Row) => number][] = [
      ["score", (r) => r.score],
      ["line words", (r) => r.words],
      ["cohesion - level", (r) => r.cohesion - r.level],
      ["local cohesion", (r) => r.local],
      ["local - whole", (r) => r.local - r.cohesion],
      ["whole - median", (r) => (r.others >= 3 ? r.cohesion - r.medWhole : 0)],
      ["local - median", (r) => (r.others >= 3 ? r.local - r.medLocal : 0)],
      ["ending above", (r) => r.ending],
      ["lede under", (r) => r.lede],
      ["continuation under", (r) => r.cont],
      ["names back", (r) => r.nameBack],
      ["inner lines above", (r) => r.linesAbove],
      ["inner lines below", (r) => r.linesBelow],
      ["spacing cv", (r) => r.spacing],
      ["question", (r) => r.question],
      ["colon", (r) => r.colon],
      ["subhead rule", (r) => r.subheadRule],
      ["shorter piece", (r) => Math.min(r.above, r.below)],
    ];
    for (const [name, of] of readings)
      console.log(`  ${name.padEnd(22)}${auc(cell.map(of), ys).toFixed(2)}`);
  }
}

main();
