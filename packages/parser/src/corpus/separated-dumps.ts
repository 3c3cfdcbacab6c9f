import { parseText } from "../parse-text.js";
import { boundaryScores, type ComposedDump } from "../test-support/compose-dump.js";
import { articlesOfFold, corpusOrExplain, VALIDATION_FOLD } from "./corpus-articles.js";
import { corpusDumps } from "./corpus-dumps.js";

// The lines users part stories with, one a dump in turn.
const SEPARATORS = ["* * *", "---", "___", "###", "-30-"];

/**
 * `node dist-tools/corpus/separated-dumps.js [fold]`: the corpus's dumps (one paragraph a line)
 * with a separator line between each two articles, as a user parts the stories of a paste:
 * whole articles and briefs (two to five paragraphs), with headlines at the usual rate and with
 * none. Boundary precision and recall, and the true starts missed, for each: a rule on the
 * breaks after separators must keep these (a user's separators are an explicit mark).
 */
function main(): void {
  const corpus = corpusOrExplain("separated dumps", true);
  if (corpus === null) return;
  const fold = Number(process.argv[2] ?? VALIDATION_FOLD);
  const articles = articlesOfFold(corpus, fold);
  console.log(`separated dumps on fold ${fold}: ${articles.length} articles`);
  for (const briefs of [false, true])
    for (const headlessRate of [0.5, 1]) {
      let hits = 0;
      let predicted = 0;
      let expected = 0;
      let n = 0;
      for (const dump of corpusDumps(articles, {
        layout: "lines",
        seed: 1,
        briefs,
        headlessRate,
      })) {
        const separated = withSeparators(dump, SEPARATORS[n++ % SEPARATORS.length] as string);
        const starts = parseText(separated.text).articles.map((a) => a.startLine);
        const want = separated.truth.map((t) => t.startLine);
        hits += boundaryScores(starts, want).hits;
        predicted += starts.length;
        expected += want.length;
      }
      const p = hits / Math.max(1, predicted);
      const r = hits / Math.max(1, expected);
      console.log(
        `${briefs ? "briefs" : "whole "} headless ${headlessRate}: precision ${p.toFixed(3)} recall ${r.toFixed(3)} F1 ${((2 * p * r) / Math.max(1e-9, p + r)).toFixed(3)} (missed ${expected - hits} of ${expected}, found ${predicted})`,
      );
    }
}

/** The dump with `line` between each two articles: the k-th article's start moves k lines down. */
function withSeparators(dump: ComposedDump, line: string): ComposedDump {
  const lines = dump.text.split("\n");
  const before = new Set(dump.truth.slice(1).map((t) => t.startLine));
  const out: string[] = [];
  lines.forEach((text, i) => {
    if (before.has(i + 1)) out.push(line);
    out.push(text);
  });
  const truth = dump.truth.map((t, k) => ({
    ...t,
    startLine: t.startLine + k,
    endLine: t.endLine + k,
  }));
  return { text: out.join("\n"), truth };
}

main();
