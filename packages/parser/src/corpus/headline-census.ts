import { readFileSync, writeFileSync } from "node:fs";
import { parseDump } from "../parse-dump.js";
import { corpusOrExplain } from "./corpus-articles.js";
import type { CorpusLayout } from "./corpus-dumps.js";
import { headlineOutcome, startRule } from "./headline-outcome.js";
import { segmentedDumps } from "./segmented-dumps.js";

/** One true article whose start was found: where, how its start was found, its headline's fate. */
interface Found {
  key: string;
  headed: boolean;
  rule: string;
  outcome: string;
  endRight: boolean;
}

/**
 * `node dist-tools/corpus/headline-census.js FOLD [LAYOUT] [--save FILE] [--against FILE]`: the
 * headline accuracy's parts on one fold's dumps (one a line unless told): found true starts by the
 * rule that opened them and their headline's outcome (headline-outcome.ts). `--save` keeps each
 * found article's key, rule and outcome (no text) outside the repository; `--against` a file saved
 * by another build sets the two side by side: which articles each build alone found, by rule and
 * outcome, and the outcomes that changed on the articles both found.
 */
function main(): void {
  const corpus = corpusOrExplain("headline census", true);
  if (corpus === null) return;
  const args = process.argv.slice(2);
  const option = (name: string) => {
    const i = args.indexOf(name);
    return i < 0 ? undefined : args.splice(i, 2)[1];
  };
  const save = option("--save");
  const against = option("--against");
  const fold = Number(args[0] ?? 2);
  const layout = (args[1] ?? "lines") as CorpusLayout;
  const found: Found[] = [];
  let trueArticles = 0;
  let d = 0;
  for (const dump of segmentedDumps(corpus, fold, false, layout)) {
    const spanAt = new Map(dump.spans.map((s) => [s.first, s]));
    const articles = new Map(parseDump(dump.text).articles.map((a) => [a.startLine, a]));
    dump.truth.forEach((t, i) => {
      trueArticles++;
      const a = articles.get(t.startLine);
      if (a === undefined) return;
      found.push({
        key: `${d}:${i}`,
        headed: t.headline !== null,
        rule: startRule(spanAt.get(dump.stories[i]?.first ?? -1), i === 0),
        outcome: headlineOutcome(t.headline, a),
        endRight: a.endLine === t.endLine,
      });
    });
    d++;
  }
  const right = found.filter((f) => f.outcome === "right").length;
  console.log(
    `fold ${fold} ${layout}: ${trueArticles} true articles, ${found.length} starts found, headline ${(right / found.length).toFixed(4)} (${found.length - right} wrong)`,
  );
  tally("found starts by rule, headed or not, and outcome", found);
  if (save) writeFileSync(save, JSON.stringify(found));
  if (against) compare(JSON.parse(readFileSync(against, "utf8")) as Found[], found);
}

function tally(title: string, rows: readonly Found[], label = (f: Found) => line(f)): void {
  const counts = new Map<string, number>();
  for (const f of rows) counts.set(label(f), (counts.get(label(f)) ?? 0) + 1);
  console.log(`${title} (${rows.length})`);
  for (const [k, n] of [...counts].sort((a, b) => (a[0] < b[0] ? -1 : 1)))
    console.log(`  ${String(n).padStart(6)}  ${k}`);
}

const line = (f: Found) => `${f.rule} | ${f.headed ? "headed" : "headless"} | ${f.outcome}`;

/** The articles found by one build alone, and the outcomes moved on those both found. */
function compare(before: readonly Found[], after: readonly Found[]): void {
  const old = new Map(before.map((f) => [f.key, f]));
  const now = new Map(after.map((f) => [f.key, f]));
  const rightShare = (rows: readonly Found[]) =>
    (rows.filter((f) => f.outcome === "right").length / Math.max(1, rows.length)).toFixed(4);
  const both = after.filter((f) => old.has(f.key));
  console.log(
    `against the saved build: ${before.length} -> ${after.length} found; on the ${both.length} both found, headline ${rightShare(both.map((f) => old.get(f.key) as Found))} -> ${rightShare(both)}`,
  );
  const gained = after.filter((f) => !old.has(f.key));
  const lost = before.filter((f) => !now.has(f.key));
  console.log(`gained headline ${rightShare(gained)}, lost headline ${rightShare(lost)}`);
  tally("found by this build alone", gained);
  tally("found by the saved build alone", lost);
  const moved = both.filter((f) => (old.get(f.key) as Found).outcome !== f.outcome);
  tally("outcome moved where both found (saved -> this)", moved, (f) => {
    const o = old.get(f.key) as Found;
    return `${o.rule} -> ${f.rule} | ${f.headed ? "headed" : "headless"} | ${o.outcome} -> ${f.outcome}`;
  });
}

main();
