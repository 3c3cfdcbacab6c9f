import { parseDump } from "../parse-dump.js";
import { boundaryScores, composeDump, type Layout, shuffled } from "./compose-dump.js";
import type { FixtureArticle } from "./fixture-articles.js";

/**
 * Boundary precision, recall and F1 of the parser over dumps composed from the given articles:
 * eight articles a dump, some without headline, in every layout, in several orders.
 */
export function evaluateBoundaries(
  articles: readonly FixtureArticle[],
  seeds: readonly number[],
  headlessRate = 0.5,
  debrisRate = 0,
) {
  const layouts: Layout[] = ["lines", "spaced", "blank", "wrapped"];
  let hits = 0;
  let predicted = 0;
  let expected = 0;
  const misses: string[] = [];
  for (const seed of seeds) {
    const order = shuffled(articles, seed);
    for (let from = 0; from < order.length; from += 8) {
      const layout = layouts[seed % layouts.length] as Layout;
      const dump = composeDump(order.slice(from, from + 8), {
        layout,
        headlessRate,
        duplicateHeadlineRate: 0.1,
        eol: seed % 2 ? "\n" : "\r\n",
        wrapWidth: 64 + (seed % 16),
        seed,
        debrisRate,
      });
      const starts = parseDump(dump.text).articles.map((a) => a.startLine);
      const scores = boundaryScores(
        starts,
        dump.truth.map((t) => t.startLine),
      );
      hits += scores.hits;
      predicted += starts.length;
      expected += dump.truth.length;
      for (const t of dump.truth)
        if (!starts.includes(t.startLine)) misses.push(`${layout}/${seed}: ${t.id}`);
    }
  }
  const precision = hits / predicted;
  const recall = hits / expected;
  return { precision, recall, f1: (2 * precision * recall) / (precision + recall), misses };
}
