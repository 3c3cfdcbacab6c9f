import { readFileSync, writeFileSync } from "node:fs";
import { deriveHeadline } from "../derive-headline.js";
import { articlesOfFold, corpusOrExplain, stableHash, VALIDATION_FOLD } from "./corpus-articles.js";
import { compareDerived, type DerivedRecord, derivedToolArguments } from "./derived-comparison.js";
import { measureDerived } from "./measure-corpus.js";
import { rouge1 } from "./rouge.js";

/**
 * `npm run derived -- [fold] [--save FILE] [--against FILE]`: the headlines derived from one
 * fold's ledes against their own titles, alone (they need only learned/title-words-data.ts, no
 * parse). The validation fold by default, which the derivation's choices are made on. `--save`
 * keeps each headline's outlet, hash and ROUGE-1 (no text); `--against` a saved file (the same
 * fold before a change) says how many headlines the change moved and whether its gain is beyond
 * the outlets' noise (compareDerived).
 */
function main(): void {
  const corpus = corpusOrExplain("derived", false);
  if (corpus === null) return;
  const { fold, option } = derivedToolArguments(process.argv.slice(2), VALIDATION_FOLD);
  const articles = articlesOfFold(corpus, fold);
  const d = measureDerived(articles);
  console.log(
    `derived headlines (${d.articles} fold-${fold} ledes vs their titles): ROUGE-1 ${d.rouge1.toFixed(4)}, ROUGE-L ${d.rougeL.toFixed(4)}, ending on a number/preposition/article ${(d.badEnd * 100).toFixed(2)}%, mean length ${d.meanLength.toFixed(0)} chars`,
  );
  const save = option("--save");
  const against = option("--against");
  if (save === undefined && against === undefined) return;
  const records: DerivedRecord[] = articles.map((a) => {
    const headline = deriveHeadline(a.paragraphs[0] as string, a.paragraphs.slice(1));
    return { source: a.source, hash: stableHash(headline), rouge1: rouge1(headline, a.title) };
  });
  if (save !== undefined) writeFileSync(save, JSON.stringify(records));
  if (against !== undefined) {
    const before = JSON.parse(readFileSync(against, "utf8")) as DerivedRecord[];
    const c = compareDerived(before, records);
    console.log(
      `against ${against}: ${c.changed} headlines changed (${c.better} better, ${c.worse} worse), ROUGE-1 ${c.mean >= 0 ? "+" : ""}${c.mean.toFixed(5)}, 95% interval over outlets ${c.low.toFixed(5)} .. ${c.high.toFixed(5)}`,
    );
  }
}

main();
