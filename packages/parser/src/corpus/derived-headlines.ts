import { articlesOfFold, corpusOrExplain, VALIDATION_FOLD } from "./corpus-articles.js";
import { measureDerived } from "./measure-corpus.js";

/**
 * `npm run derived -- [fold]`: the headlines derived from one fold's ledes against their own
 * titles, alone (they need only learned/title-words-data.ts, no parse). The validation fold by
 * default, which the derivation's choices are made on.
 */
function main(): void {
  const corpus = corpusOrExplain("derived", false);
  if (corpus === null) return;
  const fold = Number(process.argv[2] ?? VALIDATION_FOLD);
  const d = measureDerived(articlesOfFold(corpus, fold));
  console.log(
    `derived headlines (${d.articles} fold-${fold} ledes vs their titles): ROUGE-1 ${d.rouge1.toFixed(4)}, ROUGE-L ${d.rougeL.toFixed(4)}, ending on a number/preposition/article ${(d.badEnd * 100).toFixed(2)}%, mean length ${d.meanLength.toFixed(0)} chars`,
  );
}

main();
