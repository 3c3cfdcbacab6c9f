import { parseDump } from "../parse-dump.js";
import { articlesOfFold, corpusOrExplain, VALIDATION_FOLD } from "./corpus-articles.js";
import { corpusDumps } from "./corpus-dumps.js";
import { headlessTruth } from "./headless-truth.js";

/**
 * `node dist-tools/corpus/missed-after-short.js [fold]`: true headless starts (one paragraph a
 * line, briefs too) found and missed, by the paragraphs of the true story before them, and
 * whether that story's own start was found: a headless story after a short one is issue #13's
 * class of misses where no topic evidence is read.
 */
function main(): void {
  const corpus = corpusOrExplain("missed after short", true);
  if (corpus === null) return;
  const fold = Number(process.argv[2] ?? VALIDATION_FOLD);
  const articles = articlesOfFold(corpus, fold);
  for (const briefs of [false, true]) {
    const found = new Map<string, number>();
    const missed = new Map<string, number>();
    for (const dump of corpusDumps(articles, { layout: "lines", seed: 1, briefs })) {
      const starts = new Set(parseDump(dump.text).articles.map((a) => a.startLine));
      for (const t of headlessTruth(dump.truth)) {
        const length = t.storyBefore;
        const bin =
          length <= 1
            ? "1"
            : length <= 5
              ? "2-5"
              : length <= 7
                ? "6-7"
                : length <= 12
                  ? "8-12"
                  : "13+";
        const key = `${bin} before${starts.has(t.beforeStart) ? "" : " (its start missed)"}`;
        const into = starts.has(t.startLine) ? found : missed;
        into.set(key, (into.get(key) ?? 0) + 1);
      }
    }
    console.log(
      `\n${briefs ? "briefs" : "lines"}: headless starts by the story before (found / missed)`,
    );
    const keys = [...new Set([...found.keys(), ...missed.keys()])].sort();
    for (const k of keys)
      console.log(`  ${k.padEnd(32)} ${found.get(k) ?? 0} / ${missed.get(k) ?? 0}`);
  }
}

main();
