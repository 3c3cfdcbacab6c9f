import { shapeAt } from "../additive-model.js";
import { decoderGapScore } from "../decoded-starts.js";
import { calibrated, decoderGapModel } from "../decoder-gap-models.js";
import { GAP_FEATURE_NAMES } from "../gap-features.js";
import { LEARNED_ARTICLES_GAP_MODEL } from "../learned/decoder-articles-data.js";
import { LeftContext } from "../left-context.js";
import { splitLines } from "../lines.js";
import { gapFeatures } from "../measure-gap.js";
import { groupParagraphs } from "../paragraphs.js";
import { parseDump } from "../parse-dump.js";
import { DEFAULT_DECODER } from "../segment-tuning.js";
import { labeledRuns } from "../test-support/fit-gap-weights.js";
import { articlesOfFold, corpusOrExplain, VALIDATION_FOLD } from "./corpus-articles.js";
import { corpusDumps } from "./corpus-dumps.js";

// A found start this many lines from a true one is that start moved, not missed.
const NEAR = 2;
// Gaps this far into their true story are counted (a decoded story's fewest paragraphs).
const DEEP = 3;

type Kind = "found" | "missed" | "other, -3 to 0" | "other, under -3";

/**
 * `node dist-tools/corpus/headless-contributions.js [fold]`: whole articles' dumps (one a line),
 * decoded stretches: what each gap feature adds to the decoder's gap score (its shape's value)
 * at the true headless starts the parser found, at those it missed, and at the other gaps in
 * doubt (calibrated log-odds -3 to 0) and below, each measured from its true story's start.
 * The features whose mean sets the missed starts furthest below the found ones come first.
 */
function main(): void {
  const corpus = corpusOrExplain("headless contributions", true);
  if (corpus === null) return;
  const fold = Number(process.argv[2] ?? VALIDATION_FOLD);
  const shapes = LEARNED_ARTICLES_GAP_MODEL.shapes;
  const sums = new Map<Kind, { n: number; value: Float64Array; raw: Float64Array; odds: number }>();
  const add = (kind: Kind, odds: number, values: number[], raws: number[]) => {
    const row = sums.get(kind) ?? {
      n: 0,
      value: new Float64Array(GAP_FEATURE_NAMES.length),
      raw: new Float64Array(GAP_FEATURE_NAMES.length),
      odds: 0,
    };
    row.n++;
    row.odds += odds;
    values.forEach((v, i) => {
      row.value[i] = (row.value[i] as number) + v;
      row.raw[i] = (row.raw[i] as number) + (raws[i] as number);
    });
    sums.set(kind, row);
  };
  for (const dump of corpusDumps(articlesOfFold(corpus, fold), { layout: "lines", seed: 1 })) {
    const headless = new Set(dump.truth.filter((t) => t.headline === null).map((t) => t.startLine));
    const starts = new Set(dump.truth.map((t) => t.startLine));
    const found = parseDump(dump.text).articles.map((a) => a.startLine);
    const paragraphs = groupParagraphs(splitLines(dump.text));
    for (const { table, body, labels } of labeledRuns(dump.text, starts)) {
      if (body.length < DEFAULT_DECODER.minStretch) continue;
      const context = new LeftContext(table);
      context.reset(body);
      let storyStart = 0;
      for (let g = 1; g < body.length; g++) {
        const line = paragraphs[body[g] as number]?.startLine ?? 0;
        const isStart = labels[g] === 1;
        if (g - storyStart >= DEEP) {
          const odds = calibrated(
            decoderGapModel(context),
            decoderGapScore(context, table, body, g, Number.NEGATIVE_INFINITY, storyStart),
          );
          let kind: Kind | null = null;
          if (isStart && headless.has(line)) {
            if (found.includes(line)) kind = "found";
            else if (!found.some((f) => Math.abs(f - line) <= NEAR)) kind = "missed";
          } else if (!isStart) kind = odds >= -3 ? "other, -3 to 0" : "other, under -3";
          if (kind !== null && !(kind === "other, -3 to 0" && odds >= 0)) {
            context.moveTo(storyStart, g);
            const evidence = gapFeatures(context, table, body, g);
            const raws = GAP_FEATURE_NAMES.map((name) => evidence[name]);
            const values = GAP_FEATURE_NAMES.map((name, i) =>
              shapeAt(shapes[name], raws[i] as number),
            );
            add(kind, odds, values, raws);
          }
        }
        if (isStart) storyStart = g;
      }
    }
  }
  const kinds: Kind[] = ["found", "missed", "other, -3 to 0", "other, under -3"];
  const mean = (kind: Kind, i: number, raw: boolean) => {
    const row = sums.get(kind);
    if (row === undefined || row.n === 0) return 0;
    return ((raw ? row.raw : row.value)[i] as number) / row.n;
  };
  console.log(`fold ${fold}, one a line, decoded stretches, gaps ${DEEP}+ into their true story`);
  console.log(
    `  ${"".padEnd(22)} ${kinds.map((k) => `${k} (n ${sums.get(k)?.n ?? 0}, log-odds ${((sums.get(k)?.odds ?? 0) / (sums.get(k)?.n ?? 1)).toFixed(2)})`).join(" | ")}`,
  );
  console.log("  feature: mean shape value (mean raw value) per kind; missed - found first");
  const order = GAP_FEATURE_NAMES.map((_, i) => i).sort(
    (a, b) =>
      mean("missed", a, false) -
      mean("found", a, false) -
      (mean("missed", b, false) - mean("found", b, false)),
  );
  for (const i of order)
    console.log(
      `  ${(GAP_FEATURE_NAMES[i] as string).padEnd(22)} ${kinds.map((k) => `${mean(k, i, false).toFixed(2).padStart(6)} (${mean(k, i, true).toFixed(3)})`).join("  ")}`,
    );
}

main();
