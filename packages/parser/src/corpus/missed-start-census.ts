import { writeFileSync } from "node:fs";
import { dumpOwnMean } from "../dump-prior-tuning.js";
import { findExplicitStarts } from "../explicit-starts.js";
import { DEFAULT_TUNING } from "../segment-tuning.js";
import { pieceCohesion } from "../split-halves.js";
import { weakestGap } from "../weak-halves.js";
import { corpusOrExplain, VALIDATION_FOLD } from "./corpus-articles.js";
import { decoderLogOdds } from "./decoder-log-odds.js";
import { segmentedDumps } from "./segmented-dumps.js";

// A true start this near a found one is that start moved, not missed.
const NEAR = 2;
// Gaps this near a found article's ends are not read as candidates of its best gap, unless told.
const EDGE = 5;

/**
 * `node dist-tools/corpus/missed-start-census.js [fold] [lines|briefs] [rows.tsv] [articles.tsv] [edge]`
 * (after `npm run tools`): each true start the parse missed (no found start within two
 * paragraphs), with where it stands: the found article it lies in (its length and the dump's own
 * mean length), the true stories above and below, the decoder's calibrated log-odds at the gap
 * (read from the found article's start) and its rank among the article's gaps, the whole pieces'
 * cohesion at it, the lede-likeness of its first paragraph. Then one row per found article of
 * 2 x EDGE paragraphs or more: its best gap by the decoder and its weakest by cohesion, and
 * whether either is a missed start, so that rules on them can be screened. Counts only.
 */
function main(): void {
  const corpus = corpusOrExplain("missed-start census", true);
  if (corpus === null) return;
  const fold = Number(process.argv[2] ?? VALIDATION_FOLD);
  const briefs = process.argv[3] === "briefs";
  const edge = Number(process.argv[6] ?? EDGE);
  const missedRows: string[] = [];
  const articleRows: string[] = [];
  const families = new Map<string, number>();
  const screen: Screened[] = [];
  const tally = (key: string) => families.set(key, (families.get(key) ?? 0) + 1);
  let trueStartsTotal = 0;
  for (const { paragraphs, table, spans, stories, trueStarts } of segmentedDumps(
    corpus,
    fold,
    briefs,
  )) {
    trueStartsTotal += trueStarts.size;
    const heads = findExplicitStarts(paragraphs, table, DEFAULT_TUNING.headVeto);
    const mean = dumpOwnMean(DEFAULT_TUNING, table.paragraphs, heads) ?? Number.NaN;
    const logOdds = decoderLogOdds(table);
    const foundStarts = spans.map((s) => s.first);
    const isFound = (p: number) => foundStarts.some((f) => Math.abs(f - p) <= NEAR);
    const storyAt = (p: number) => stories.findIndex((s) => s.first <= p && p <= s.last);
    for (const span of spans) {
      const length = span.last - span.first + 1;
      const gaps: { at: number; odds: number }[] = [];
      for (let p = span.first + 1; p <= span.last; p++) {
        const odds = logOdds(span.first, p);
        if (!Number.isNaN(odds)) gaps.push({ at: p, odds });
      }
      const inner = gaps.filter((g) => g.at - span.first >= edge && span.last - g.at + 1 >= edge);
      const missedInside = gaps.filter((g) => trueStarts.has(g.at) && !isFound(g.at));
      for (const gap of missedInside) {
        const s = storyAt(gap.at);
        const above = stories[s - 1];
        const below = stories[s];
        const rank = gaps.filter((g) => g.odds > gap.odds).length + 1;
        const cohesion = pieceCohesion(
          table,
          { ...span, last: gap.at - 1 },
          { ...span, first: gap.at },
        );
        const ledeLike = table.lexical(gap.at).ledeLike;
        const aboveLength = above ? above.last - above.first + 1 : 0;
        const belowLength = below ? below.last - below.first + 1 : 0;
        tally(
          [
            `found ${band(length, [8, 16])}`,
            `above ${band(gap.at - span.first, [4, 8])}`,
            `below ${band(span.last - gap.at + 1, [4, 8])}`,
            `odds ${gap.odds < -2 ? "<-2" : ">=-2"}`,
            `rank ${rank === 1 ? "1" : rank === 2 ? "2" : "3+"}`,
          ].join(", "),
        );
        missedRows.push(
          [
            length,
            gap.at - span.first,
            span.last - gap.at + 1,
            aboveLength,
            belowLength,
            mean.toFixed(2),
            gap.odds.toFixed(3),
            rank,
            cohesion.toFixed(4),
            ledeLike.toFixed(3),
            span.start?.kind ?? "none",
          ].join("\t"),
        );
      }
      if (inner.length === 0) continue;
      const best = inner.reduce((a, b) => (b.odds > a.odds ? b : a));
      const second = inner
        .filter((g) => Math.abs(g.at - best.at) > NEAR)
        .reduce<{ at: number; odds: number } | null>(
          (a, b) => (a === null || b.odds > a.odds ? b : a),
          null,
        );
      const cohesionAt = (at: number) =>
        pieceCohesion(table, { ...span, last: at - 1 }, { ...span, first: at });
      const missedNear = (at: number) =>
        missedInside.some((g) => Math.abs(g.at - at) <= NEAR) ? 1 : 0;
      const weakest = weakestGap(table, span, edge);
      screen.push({
        length,
        mean,
        best: {
          cohesion: cohesionAt(best.at),
          exact: trueStarts.has(best.at),
          near: missedNear(best.at) === 1,
        },
        weakest:
          weakest === null
            ? null
            : {
                cohesion: weakest.cohesion,
                exact: trueStarts.has(weakest.at),
                near: missedNear(weakest.at) === 1,
              },
      });
      articleRows.push(
        [
          length,
          mean.toFixed(2),
          best.at - span.first,
          best.odds.toFixed(3),
          cohesionAt(best.at).toFixed(4),
          missedInside.length > 0 ? 1 : 0,
          trueStarts.has(best.at) ? 1 : 0,
          missedNear(best.at),
          second === null ? "" : second.odds.toFixed(3),
          second === null ? "" : missedNear(second.at),
          span.start?.kind ?? "none",
          trueStarts.has(span.first) ? 1 : 0,
          weakest === null ? "" : weakest.at - span.first,
          weakest === null ? "" : weakest.cohesion.toFixed(4),
          weakest === null ? "" : trueStarts.has(weakest.at) ? 1 : 0,
          weakest === null ? "" : missedNear(weakest.at),
        ].join("\t"),
      );
    }
  }
  console.log(
    `== fold ${fold}, ${briefs ? "briefs" : "lines"}: ${trueStartsTotal} true starts, ${missedRows.length} missed inside found articles`,
  );
  for (const [key, n] of [...families].sort((a, b) => b[1] - a[1]))
    console.log(`  ${String(n).padStart(4)}  ${key}`);
  printScreen(screen, edge);
  const [rowsPath, articlesPath] = [process.argv[4], process.argv[5]];
  if (rowsPath !== undefined)
    writeFileSync(
      rowsPath,
      `length\tabove\tbelow\ttrueAbove\ttrueBelow\tmean\todds\trank\tcohesion\tledeLike\tkind\n${missedRows.join("\n")}\n`,
    );
  if (articlesPath !== undefined)
    writeFileSync(
      articlesPath,
      `length\tmean\tbestAt\tbestOdds\tbestCohesion\tmissed\tbestTrue\tbestNear\tsecondOdds\tsecondNear\tkind\topensTrue\tweakAt\tweakCohesion\tweakTrue\tweakNear\n${articleRows.join("\n")}\n`,
    );
}

/** A found article's best gap by the decoder and its weakest by cohesion, and what each is. */
interface Screened {
  length: number;
  mean: number;
  best: GapTruth;
  weakest: GapTruth | null;
}

interface GapTruth {
  cohesion: number;
  /** A true start, exactly; within NEAR paragraphs of a missed one. */
  exact: boolean;
  near: boolean;
}

/**
 * A parting rule's screen: the found articles whose best (or weakest) gap has cohesion under a
 * bar, of any length or as long as the dump's own mean at least, and how many of those gaps are a
 * true start, lie near a missed one, or near none (a false start and an article cut in two).
 */
function printScreen(rows: readonly Screened[], edge: number): void {
  console.log(`== parting at one gap of each found article, pieces of ${edge} or more`);
  for (const gap of ["best", "weakest"] as const)
    for (const gated of [false, true])
      for (const bar of [0.03, 0.04, 0.05, 0.06]) {
        const fired = rows.flatMap((r) => {
          const g = r[gap];
          return g !== null && g.cohesion < bar && (!gated || r.length >= r.mean) ? [g] : [];
        });
        const near = fired.filter((g) => g.near).length;
        console.log(
          `  ${gap} gap, cohesion < ${bar}${gated ? ", length >= dump mean" : ""}: ${fired.length} parted, ${fired.filter((g) => g.exact).length} at a true start, ${near} near a missed one, ${fired.length - near} near none`,
        );
      }
}

function band(n: number, edges: number[]): string {
  const [low, high] = edges as [number, number];
  return n < low ? `<${low}` : n < high ? `${low}-${high - 1}` : `${high}+`;
}

main();
