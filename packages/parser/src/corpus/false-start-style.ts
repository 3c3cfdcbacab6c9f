import { DEFAULT_TUNING } from "../segment-tuning.js";
import { articlesOfFold, corpusOrExplain, VALIDATION_FOLD } from "./corpus-articles.js";
import { corpusDumps } from "./corpus-dumps.js";
import { decodedRuns } from "./decoded-runs.js";
import { functionWordCounts, functionWordDistance, summedCounts } from "./function-word-style.js";

const LEFT = 8;
const RIGHT = 3;

/**
 * `node dist-tools/corpus/false-start-style.js [fold] [briefs]` (after `npm run tools`): the
 * whole articles' decoder's starts in decoded stretches (as neighbour-gap-counts.ts runs it), each
 * true or false, by the function words' distance across it (function-word-style.ts; the story
 * above LEFT paragraphs back, none before the start decoded before it, and RIGHT from the start):
 * how many of each a bar at each distance would drop. Counts only.
 */
function main(): void {
  const corpus = corpusOrExplain("false start style", true);
  if (corpus === null) return;
  const fold = Number(process.argv[2] ?? VALIDATION_FOLD);
  const briefs = process.argv.includes("briefs");
  const found: { d: number; y: number; near: number; quote: boolean }[] = [];
  for (const dump of corpusDumps(articlesOfFold(corpus, fold), {
    layout: "lines",
    seed: 1,
    briefs,
  })) {
    const starts = new Set(dump.truth.map((t) => t.startLine));
    for (const { table, body, labels, at } of decodedRuns(
      dump.text,
      starts,
      () => DEFAULT_TUNING,
    )) {
      const counts = (g: number) => functionWordCounts(table.text(body[g] as number));
      let prev = 0;
      for (const g of at) {
        if (g <= 0) continue;
        const left = summedCounts(counts, Math.max(prev, g - LEFT), g);
        const right = summedCounts(counts, g, Math.min(body.length, g + RIGHT));
        const near = labels[g] ? 0 : labels[g - 1] || labels[g + 1] ? 1 : 2;
        const quote = /^\s*["“‘']/u.test(table.text(body[g] as number));
        found.push({ d: functionWordDistance(left, right), y: labels[g] ? 1 : 0, near, quote });
        prev = g;
      }
    }
  }
  const t = found.filter((f) => f.y === 1);
  const f = found.filter((x) => x.y === 0);
  const mean = (xs: { d: number }[]) => xs.reduce((a, x) => a + x.d, 0) / Math.max(1, xs.length);
  console.log(
    `fold ${fold}: decoded starts ${found.length}, true ${t.length} (mean distance ${mean(t).toFixed(3)}), false ${f.length} (${mean(f).toFixed(3)}; one off ${f.filter((x) => x.near === 1).length})`,
  );
  for (const bar of [0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.5, 0.6]) {
    const over = (xs: typeof found) => xs.filter((x) => x.d >= bar).length;
    const quoted = (xs: typeof found) => xs.filter((x) => x.quote);
    console.log(
      `  distance >= ${bar}: true ${over(t)}, false ${over(f)} (one off ${over(f.filter((x) => x.near === 1))}); opening on a quotation: true ${over(quoted(t))}, false ${over(quoted(f))}`,
    );
  }
}

main();
