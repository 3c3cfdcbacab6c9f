import { writeFileSync } from "node:fs";
import { articlesOfFold, corpusOrExplain, HELD_OUT_FOLD } from "./corpus-articles.js";
import { EVAL_ROWS } from "./corpus-dumps.js";
import { fixtureFigures } from "./fixture-figures.js";
import { type DumpCounts, measureDerived, measureLayout } from "./measure-corpus.js";

/**
 * `npm run eval`: the parser on dumps composed from the newsroom corpus's held-out outlets
 * (outlets no learned number came from), one table row per layout and one for briefs (each
 * article cut to its first two to five paragraphs, pasted one a line), then how well the starts'
 * confidence is calibrated and the headlines it derives for articles that came without one,
 * against their own titles. `npm run eval -- 1` measures the validation fold instead, which
 * settings are chosen on.
 */
function main(): void {
  const corpus = corpusOrExplain("eval", false);
  if (corpus === null) return;
  const fold = Number(process.argv[2] ?? HELD_OUT_FOLD);
  const test = articlesOfFold(corpus, fold);
  const outlets = new Set(test.map((a) => a.source)).size;
  const which = fold === HELD_OUT_FOLD ? "held-out" : `fold-${fold}`;
  console.log(
    `parser on the newsroom corpus: ${test.length} ${which} articles from ${outlets} outlets (split by outlet)`,
  );
  console.log("layout    articles  precision  recall  (headed  headless)     F1   exact  headline");
  const pct = (x: number) => x.toFixed(3).padStart(7);
  const confidences: string[] = [];
  // The layouts, then briefs (articles cut to their first paragraphs) one paragraph a line.
  const rows = EVAL_ROWS;
  // NEWSDESK_EVAL_COUNTS=FILE keeps each dump's counts there, for bootstrap-compare.js.
  const counts: Record<string, DumpCounts[]> = {};
  for (const { name, layout, briefs } of rows) {
    counts[name] = [];
    const s = measureLayout(test, layout, 1, briefs, (c) => counts[name]?.push(c));
    console.log(
      `${name.padEnd(8)} ${String(s.articles).padStart(9)} ${pct(s.precision)}   ${pct(s.recall)}  ${pct(s.recallHeaded)} ${pct(s.recallHeadless)}   ${pct(s.f1)} ${pct(s.exact)} ${pct(s.headline)}`,
    );
    const c = s.confidence;
    confidences.push(
      `${name}: ${c.starts} starts, mean ${c.mean.toFixed(3)} vs ${c.precision.toFixed(3)} true, Brier ${c.brier.toFixed(3)}`,
    );
  }
  const countsFile = process.env.NEWSDESK_EVAL_COUNTS;
  if (countsFile) writeFileSync(countsFile, JSON.stringify(counts));
  console.log(`start confidence (starts after the first) ${confidences.join("; ")}`);
  console.log(fixtureFigures());
  const d = measureDerived(test);
  console.log(
    `derived headlines (${d.articles} ${which} ledes vs their titles): ROUGE-1 ${d.rouge1.toFixed(3)}, ROUGE-L ${d.rougeL.toFixed(3)}, ending on a number/preposition/article ${(d.badEnd * 100).toFixed(1)}%, mean length ${d.meanLength.toFixed(0)} chars`,
  );
}

main();
