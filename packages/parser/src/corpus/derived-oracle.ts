import { deriveHeadline, headlineChoices } from "../derive-headline.js";
import { articlesOfFold, corpusOrExplain, VALIDATION_FOLD } from "./corpus-articles.js";
import { derivedToolArguments } from "./derived-comparison.js";
import { rouge1 } from "./rouge.js";

/**
 * `npm run derived-oracle -- [fold] [--show N]`: what the
 * derived headlines' candidates could reach. For each lede of one fold, the usual headline, the
 * best of the usual and its alternatives by the article's true title (the oracle: a ceiling for
 * any choice among them), and the choice the title-word score makes; how many ledes have any
 * alternative and how many alternatives a lede has on average. `--show N` prints the usual
 * headline and alternatives of the first N ledes with three or more (for reading, not kept).
 */
function main(): void {
  const corpus = corpusOrExplain("derived", false);
  if (corpus === null) return;
  const { fold, option } = derivedToolArguments(process.argv.slice(2), VALIDATION_FOLD);
  const show = Number(option("--show") ?? 0);
  const articles = articlesOfFold(corpus, fold);
  let usualSum = 0;
  let oracleSum = 0;
  let choiceSum = 0;
  let withAny = 0;
  let candidates = 0;
  let shown = 0;
  let bareLedes = 0;
  let bareChosen = 0;
  for (const a of articles) {
    const lede = a.paragraphs[0] as string;
    const { usual, others: main, bare } = headlineChoices(lede);
    const others = bare === undefined ? main : [...main, bare];
    const u = rouge1(usual, a.title);
    let best = u;
    for (const o of others) best = Math.max(best, rouge1(o, a.title));
    const choice = deriveHeadline(lede, a.paragraphs.slice(1));
    usualSum += u;
    oracleSum += best;
    choiceSum += rouge1(choice, a.title);
    if (others.length > 0) withAny++;
    if (others.length > main.length) {
      bareLedes++;
      if (choice !== usual && !main.includes(choice)) bareChosen++;
    }
    candidates += others.length;
    if (shown < show && others.length > 2) {
      shown++;
      console.log(`- ${usual}\n${others.map((o) => `    ${o}`).join("\n")}`);
    }
  }
  const n = Math.max(1, articles.length);
  console.log(
    `fold ${fold} (${articles.length} ledes): usual ${(usualSum / n).toFixed(4)}, oracle ${(oracleSum / n).toFixed(4)}, choice ${(choiceSum / n).toFixed(4)}; ${withAny} ledes with alternatives, ${(candidates / n).toFixed(2)} alternatives a lede; bare offered ${bareLedes}, chosen ${bareChosen}`,
  );
}

main();
