import { decoderGapScore } from "../decoded-starts.js";
import { calibrated, decoderGapModel } from "../decoder-gap-models.js";
import { LeftContext } from "../left-context.js";
import { DEFAULT_DECODER } from "../segment-tuning.js";
import { labeledRuns } from "../test-support/fit-gap-weights.js";
import { articlesOfFold, corpusOrExplain, VALIDATION_FOLD } from "./corpus-articles.js";
import { corpusDumps } from "./corpus-dumps.js";

const DEEP = 3;

/**
 * `node dist-tools/corpus/headless-titles.js [fold]`: at the gaps DEEP+ paragraphs into decoded
 * stories (one a line) whose next paragraph is a short line without a closing stop (a title-like
 * line), the decoder's calibrated log-odds at the line, under it, and through it (the gap measured
 * as if the line were not there: the paragraph under it for the lede, the story above without it),
 * true starts against the rest. Counts only.
 */
function main(): void {
  const corpus = corpusOrExplain("headless titles", true);
  if (corpus === null) return;
  const fold = Number(process.argv[2] ?? VALIDATION_FOLD);
  const rows: { y: number; at: number; under: number; through: number }[] = [];
  for (const dump of corpusDumps(articlesOfFold(corpus, fold), { layout: "lines", seed: 1 })) {
    const starts = new Set(dump.truth.map((t) => t.startLine));
    for (const { table, body, labels } of labeledRuns(dump.text, starts)) {
      if (body.length < DEFAULT_DECODER.minStretch) continue;
      const context = new LeftContext(table);
      context.reset(body);
      let storyStart = 0;
      for (let g = 1; g + 1 < body.length; g++) {
        const text = table.text(body[g] as number).trim();
        const titleLike = text.split(/\s+/).length <= 15 && !/[.,;"”’]$/.test(text);
        if (titleLike && g - storyStart >= DEEP && labels[g + 1] !== 1) {
          const score = (b: readonly number[], c: LeftContext, k: number) =>
            calibrated(decoderGapModel(c), decoderGapScore(c, table, b, k, -Infinity, storyStart));
          const at = score(body, context, g);
          const under = score(body, context, g + 1);
          const without = body.filter((_, k) => k !== g);
          const other = new LeftContext(table);
          other.reset(without);
          const through = score(without, other, g);
          context.reset(body);
          rows.push({ y: labels[g] === 1 ? 1 : 0, at, under, through });
        }
        if (labels[g] === 1) storyStart = g;
      }
    }
  }
  for (const y of [1, 0]) {
    const set = rows.filter((r) => r.y === y);
    console.log(`\n${y ? "true starts" : "other gaps"} at a title-like line: ${set.length}`);
    for (const bar of [-3, -2, -1, 0, 1]) {
      const n = (f: (r: (typeof rows)[number]) => number) => set.filter((r) => f(r) >= bar).length;
      console.log(
        `  >= ${bar}: at ${n((r) => r.at)}, under ${n((r) => r.under)}, through ${n((r) => r.through)}, max(at, through) ${n((r) => Math.max(r.at, r.through))}`,
      );
    }
  }
}

main();
