import { parseDump } from "../parse-dump.js";
import { boundaryScores, composeDump, type Layout, shuffled } from "./compose-dump.js";
import { loadFixtureArticles } from "./fixture-articles.js";

/** Boundary F1 of the parser over many dumps composed from the fixture articles. */
export function evaluateBoundaries(seeds = 12, perDump = 10) {
  const articles = loadFixtureArticles();
  const layouts: Layout[] = ["lines", "blank", "wrapped"];
  let hits = 0;
  let predicted = 0;
  let expected = 0;
  const misses: string[] = [];
  for (let seed = 1; seed <= seeds; seed++) {
    const order = shuffled(articles, seed);
    for (let from = 0; from + perDump <= order.length; from += perDump) {
      const layout = layouts[(seed + from) % layouts.length] as Layout;
      const dump = composeDump(order.slice(from, from + perDump), {
        layout,
        headlessRate: 0.5,
        duplicateHeadlineRate: 0.2,
        eol: seed % 2 ? "\n" : "\r\n",
        wrapWidth: 60 + ((seed * 7) % 21),
        seed,
      });
      const result = parseDump(dump.text);
      const starts = result.articles.map((a) => a.startLine);
      const truth = dump.truth.map((t) => t.startLine);
      const s = boundaryScores(starts, truth);
      hits += s.hits;
      predicted += starts.length;
      expected += truth.length;
      for (const t of dump.truth) if (!starts.includes(t.startLine)) misses.push(`${layout} seed ${seed}: missed ${t.id}`);
    }
  }
  const precision = hits / predicted;
  const recall = hits / expected;
  return { precision, recall, f1: (2 * precision * recall) / (precision + recall), misses };
}
