import { decoderGapScore } from "../decoded-starts.js";
import { calibrated, decoderGapModel } from "../decoder-gap-models.js";
import { withDumpPrior } from "../dump-prior-tuning.js";
import { findExplicitStarts } from "../explicit-starts.js";
import { pullBoundaryBack } from "../lede-pull.js";
import { splitLines } from "../lines.js";
import { groupParagraphs } from "../paragraphs.js";
import { DEFAULT_TUNING } from "../segment-tuning.js";
import type { FeatureTable } from "../text-features.js";
import { articlesOfFold, corpusOrExplain, VALIDATION_FOLD } from "./corpus-articles.js";
import { corpusDumps } from "./corpus-dumps.js";
import { decodedRuns } from "./decoded-runs.js";
import { LabelCounts } from "./segmented-dumps.js";
import { sharedEitherSide } from "./shared-either-side.js";

/**
 * `node dist-tools/corpus/neighbour-gap-counts.js [fold] [briefs] [own-prior]` (after `npm run tools`): the
 * decoder's starts in decoded stretches (the whole articles' decoder, as decoder-path.ts runs
 * it), each by whether it is right, one paragraph early or one late, against how its gap's
 * calibrated log-odds stand to the next gap's and the one before's (measured from the same
 * article start) and how the two paragraphs' lede-likeness compare; where a later gap (one or two
 * on) scores higher, which gap the decoder itself took before the lede pull moved it. With
 * `own-prior`, each dump decoded with its own length prior, as the parse does. Counts only.
 */
function main(): void {
  const corpus = corpusOrExplain("neighbour gap counts", true);
  if (corpus === null) return;
  const fold = Number(process.argv[2] ?? VALIDATION_FOLD);
  const briefs = process.argv.includes("briefs");
  const ownPrior = process.argv.includes("own-prior");
  const counts = new LabelCounts();
  for (const dump of corpusDumps(articlesOfFold(corpus, fold), {
    layout: "lines",
    seed: 1,
    briefs,
  })) {
    const starts = new Set(dump.truth.map((t) => t.startLine));
    // `own-prior`: decoded as the parse decodes the dump, with its own length prior (a dump of
    // short stories with its narrowed prior, fewer paragraphs and its gap model), not the corpus's.
    const tuningOf = (table: FeatureTable) =>
      ownPrior
        ? withDumpPrior(
            DEFAULT_TUNING,
            table.paragraphs,
            findExplicitStarts(groupParagraphs(splitLines(dump.text)), table),
          )
        : DEFAULT_TUNING;
    for (const { table, body, labels, context, found, min, at } of decodedRuns(
      dump.text,
      starts,
      tuningOf,
    )) {
      const model = decoderGapModel(context);
      let articleStart = 0;
      for (let f = 0; f < found.length; f++) {
        const g = at[f] as number;
        if (g < 0 || g + 1 >= body.length) continue;
        const truth = labels[g]
          ? "right"
          : labels[g + 1]
            ? "one early"
            : labels[g - 1]
              ? "one late"
              : labels[g + 2]
                ? "two early"
                : labels[g - 2]
                  ? "two late"
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
        // A later gap (one or two on) scoring higher: what any rule moving such starts would act on.
        const below = (at[f + 1] ?? body.length) - g;
        const next2 =
          g + 2 < body.length && g + 2 < g + below ? odds(g + 2) : Number.NEGATIVE_INFINITY;
        const later = Math.max(next, next2);
        if (later > here) {
          const pulled = [g + 1, g + 2].some(
            (x) => x < body.length && pullBoundaryBack(table, body, articleStart, x, min) === g,
          );
          counts.add(`later gap higher | ${truth}`);
          counts.add(`later gap higher by ${excessBand(later - here)} | ${truth}`);
          counts.add(
            `later gap higher | ${pulled ? "a pull lands here" : "no pull lands here"} | ${truth}`,
          );
          // Which gap the decoder itself took: the one whose log-odds the start kept (before the
          // pull; the kept score holds the closing lines' bonuses, these log-odds do not).
          const kept = calibrated(model, found[f]?.score ?? 0);
          const taken = [g + 1, g + 2].reduce(
            (a, x) =>
              x < body.length && Math.abs(odds(x) - kept) < Math.abs(odds(a) - kept) ? x : a,
            g,
          );
          const took = taken === g ? "this gap" : `the gap ${taken - g} on, pulled back`;
          counts.add(`later gap higher | decoder took ${took} | ${truth}`);
          counts.add(
            `later gap higher | story below ${below < 6 ? "under 6" : "6 or more"} | ${truth}`,
          );
          counts.add(
            `later gap higher | story above ${g - articleStart > 12 ? "over 12" : "12 or fewer"} | ${truth}`,
          );
        }
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

/** How far a later gap's log-odds pass the found one's, in bands. */
function excessBand(excess: number): string {
  if (excess < 0.5) return "under 0.5";
  return excess < 1 ? "0.5-1" : "1 or more";
}

/** The found gap's log-odds less its neighbour's, in bands. */
function band(margin: number): string {
  if (margin < 0) return "higher";
  if (margin < 1) return "within 1";
  if (margin < 2) return "within 2";
  return "2 or more below";
}

main();
