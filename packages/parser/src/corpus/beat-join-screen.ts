import { writeFileSync } from "node:fs";
import type { ArticleSpan } from "../article-span.js";
import { beatWeights } from "../beat-weights.js";
import { splitLines } from "../lines.js";
import { groupParagraphs } from "../paragraphs.js";
import { segmentText } from "../parse-text.js";
import { DEFAULT_TUNING } from "../segment-tuning.js";
import { HALVES_JOIN, LEAST_PIECE, pieceCohesion, pieceSizes } from "../split-halves.js";
import type { FeatureTable } from "../text-features.js";
import { articlesOfFold, corpusOrExplain, VALIDATION_FOLD } from "./corpus-articles.js";
import { corpusDumps } from "./corpus-dumps.js";
import { trueStories } from "./true-stories.js";

/**
 * `node dist-tools/corpus/beat-join-screen.js [fold] [lines|briefs] [rows.tsv]` (after `npm run
 * tools`): the gap starts the long halves' join (`joinSplitHalves`) may drop, read before the
 * joins and partings run: each one's whole-piece cohesion over the dump's level by corpus idf (the
 * join's measure) beside the same with the dump's beat words weighed down (`beatWeights`, read
 * over the long articles as the beat parting reads them, and over the whole dump), true starts
 * against false; then how many true and false starts a join at each bar would drop. Counts only.
 */
function main(): void {
  const corpus = corpusOrExplain("beat-join screen", true);
  if (corpus === null) return;
  const fold = Number(process.argv[2] ?? VALIDATION_FOLD);
  const briefs = process.argv[3] === "briefs";
  const rows: string[] = [
    "dump\ttrue\tshorter\tlonger\tidf\tidfLevel\tbeatLong\tbeatLongLevel\tbeatAll\tbeatAllLevel",
  ];
  let dump = 0;
  for (const { text, truth } of corpusDumps(articlesOfFold(corpus, fold), {
    layout: "lines",
    seed: 1,
    briefs,
  })) {
    dump++;
    const paragraphs = groupParagraphs(splitLines(text));
    const { table, spans } = segmentText(paragraphs, { ...DEFAULT_TUNING, halves: false });
    const trueStarts = new Set(trueStories(paragraphs, truth).map((s) => s.first));
    const candidates = spans
      .map((s, i) => ({ s, i }))
      .filter(
        ({ s, i }) =>
          i > 0 &&
          s.start?.kind === "gap" &&
          pieceSizes(spans[i - 1] as ArticleSpan, s).shorter >= HALVES_JOIN.leastPiece,
      );
    if (candidates.length === 0) continue;
    const long = spans.filter((s) => s.last - s.first + 1 >= 2 * LEAST_PIECE);
    const all = [{ first: 0, last: table.paragraphs.length - 1 }];
    const measures = [undefined, beatWeights(table, long), beatWeights(table, all)];
    const levels = measures.map((weights) => {
      let level = Number.NEGATIVE_INFINITY;
      for (let i = 1; i < spans.length; i++)
        if ((spans[i] as ArticleSpan).start?.kind !== "gap")
          level = Math.max(level, cohesion(table, spans, i, weights));
      return level;
    });
    if (levels[0] === Number.NEGATIVE_INFINITY) continue;
    for (const { s, i } of candidates) {
      const { shorter, longer } = pieceSizes(spans[i - 1] as ArticleSpan, s);
      const cells = measures.flatMap((weights, m) => [
        cohesion(table, spans, i, weights).toFixed(4),
        (levels[m] as number).toFixed(4),
      ]);
      rows.push([dump, trueStarts.has(s.first) ? 1 : 0, shorter, longer, ...cells].join("\t"));
    }
  }
  console.log(`== fold ${fold}, ${briefs ? "briefs" : "lines"}: ${rows.length - 1} gap starts`);
  writeFileSync(process.argv[4] ?? `beat-join-${fold}.tsv`, `${rows.join("\n")}\n`);
}

/** The whole pieces' cohesion at span i's start, under `weights` (corpus idf without). */
function cohesion(
  table: FeatureTable,
  spans: readonly ArticleSpan[],
  i: number,
  weights?: ReadonlyMap<number, number>,
): number {
  return pieceCohesion(table, spans[i - 1] as ArticleSpan, spans[i] as ArticleSpan, weights);
}

main();
