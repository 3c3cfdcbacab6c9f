import { decodedStarts, decoderGapScore } from "../decoded-starts.js";
import { calibrated, decoderGapModel } from "../decoder-gap-models.js";
import { LeftContext } from "../left-context.js";
import { DEFAULT_DECODER, DEFAULT_TUNING } from "../segment-tuning.js";
import { labeledRuns } from "../test-support/fit-gap-weights.js";
import { articlesOfFold, corpusOrExplain, VALIDATION_FOLD } from "./corpus-articles.js";
import { corpusDumps } from "./corpus-dumps.js";
import { LabelCounts } from "./segmented-dumps.js";
import { sharedEitherSide } from "./shared-either-side.js";

/**
 * `node dist-tools/corpus/neighbour-gap-counts.js [fold] [briefs]` (after `npm run tools`): the
 * decoder's starts in decoded stretches (the whole articles' decoder, as decoder-path.ts runs
 * it), each by whether it is right, one paragraph early or one late, against how its gap's
 * calibrated log-odds stand to the next gap's and the one before's (measured from the same
 * article start) and how the two paragraphs' lede-likeness compare. Counts only.
 */
function main(): void {
  const corpus = corpusOrExplain("neighbour gap counts", true);
  if (corpus === null) return;
  const fold = Number(process.argv[2] ?? VALIDATION_FOLD);
  const briefs = process.argv[3] === "briefs";
  const counts = new LabelCounts();
  for (const dump of corpusDumps(articlesOfFold(corpus, fold), {
    layout: "lines",
    seed: 1,
    briefs,
  })) {
    const starts = new Set(dump.truth.map((t) => t.startLine));
    for (const run of labeledRuns(dump.text, starts)) {
      const { table, body, labels } = run;
      if (body.length < DEFAULT_DECODER.minStretch) continue;
      const context = new LeftContext(table);
      const found = decodedStarts(
        context,
        table,
        body,
        DEFAULT_TUNING.minParagraphs,
        DEFAULT_DECODER,
      );
      const index = new Map(body.map((k, g) => [k, g]));
      const model = decoderGapModel(context);
      let articleStart = 0;
      for (const start of found) {
        const g = index.get(start.at);
        if (g === undefined || g + 1 >= body.length) continue;
        const truth = labels[g]
          ? "right"
          : labels[g + 1]
            ? "one early"
            : labels[g - 1]
              ? "one late"
              : "neither";
        const odds = (x: number) =>
          calibrated(
            model,
            decoderGapScore(context, table, body, x, Number.NEGATIVE_INFINITY, articleStart),
          );
        const here = odds(g);
        const next = odds(g + 1);
        const prev = g - 1 > articleStart ? odds(g - 1) : Number.NEGATIVE_INFINITY;
        const lede = (x: number) => table.lexical(body[x] as number).ledeLike;
        const nextMore = lede(g + 1) > lede(g) ? "next more lede-like" : "next less";
        const prevMore =
          g - 1 > articleStart && lede(g - 1) > lede(g) ? "above more lede-like" : "above less";
        counts.add(`all | ${truth}`);
        counts.add(`next gap ${band(here - next)} | ${truth}`);
        counts.add(`next gap ${band(here - next)} | ${nextMore} | ${truth}`);
        counts.add(`gap above ${band(here - prev)} | ${truth}`);
        counts.add(`gap above ${band(here - prev)} | ${prevMore} | ${truth}`);
        const { before, after } = sharedEitherSide(
          table,
          body[g] as number,
          body[articleStart] as number,
          body[body.length - 1] as number,
          EVEN,
        );
        const side =
          before > after
            ? "first shares more above"
            : before < after
              ? "first shares more below"
              : "first ties";
        counts.add(`next gap ${band(here - next)} | ${side} | ${truth}`);
        counts.add(`next gap ${band(here - next)} | ${side} | ${nextMore} | ${truth}`);
        articleStart = g;
      }
    }
  }
  counts.print(
    `decoded starts against their neighbours' gaps, fold ${fold}${briefs ? " briefs" : ""}:`,
  );
}

// As many paragraphs read either side of the found start's first paragraph.
const EVEN = { before: 4, after: 4 };

/** The found gap's log-odds less its neighbour's, in bands. */
function band(margin: number): string {
  if (margin < 0) return "higher";
  if (margin < 1) return "within 1";
  if (margin < 2) return "within 2";
  return "2 or more below";
}

main();
