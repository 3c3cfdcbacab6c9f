import { firstSentence } from "../derive-headline.js";
import { datelineOf } from "../line-kinds.js";
import {
  RECURRENCE_FLOORS,
  recurrenceBucket,
  WORD_KINDS,
  wordCounts,
  wordKind,
  wordsOf,
} from "../title-words.js";
import { corpusOrExplain, splitByOutlet } from "./corpus-articles.js";
import { writeLearned } from "./learned-files.js";
import { tokens } from "./rouge.js";

/**
 * `npm run train`, last: how often a word of a lede's first sentence comes back in the title,
 * by the word's kind and how often it recurs in the article's next paragraphs, over the training
 * outlets, and a title's mean length in words. The derived headlines (derive-headline.ts)
 * choose among compressions of the first sentence by the title words they may expect to share.
 */
function main(): void {
  const corpus = corpusOrExplain("training", true);
  if (corpus === null) return;
  const { train } = splitByOutlet(corpus);
  const hits = WORD_KINDS.map(() => RECURRENCE_FLOORS.map(() => 0));
  const seen = WORD_KINDS.map(() => RECURRENCE_FLOORS.map(() => 0));
  let titleWords = 0;
  for (const article of train) {
    const lede = article.paragraphs[0] as string;
    const dateline = datelineOf(lede);
    const sentence = firstSentence(dateline ? lede.slice(dateline.length).trim() : lede.trim());
    const titleTokens = tokens(article.title);
    const title = new Set(titleTokens);
    titleWords += titleTokens.length;
    const words = wordsOf(sentence);
    const counts = wordCounts(article.paragraphs.slice(1), words);
    words.forEach((word, index) => {
      const lower = word.toLowerCase();
      const kind = wordKind(word, index);
      const bucket = recurrenceBucket(counts.get(lower) ?? 0);
      count(seen, kind, bucket);
      if (title.has(lower)) count(hits, kind, bucket);
    });
  }
  // A share is smoothed toward none by one unseen word, so an empty cell reads 0, not NaN.
  const shares = hits.map((row, k) =>
    row.map((hit, b) => Number((hit / (((seen[k] as number[])[b] as number) + 1)).toFixed(4))),
  );
  const meanTitleWords = Number((titleWords / Math.max(1, train.length)).toFixed(2));
  for (const [k, kind] of WORD_KINDS.entries()) {
    const row = (shares[k] as number[]).join("  ");
    console.log(`  ${kind.padEnd(12)} ${row}  (${(seen[k] as number[]).join(", ")} words)`);
  }

  console.log(`  titles: ${meanTitleWords} words on average, ${train.length} articles`);
  writeLearned(
    "title-words-data.ts",
    `/**
 * How often a word of a lede's first sentence comes back in the title, by kind (WORD_KINDS in
 * title-words.ts) and times it recurs in the article's next paragraphs (RECURRENCE_FLOORS), and a
 * title's mean length in words (see corpus/train-title-words.ts).
 */
export const TITLE_WORD_SHARE: readonly (readonly number[])[] = ${JSON.stringify(shares)};
export const MEAN_TITLE_WORDS = ${meanTitleWords};
`,
  );
}

/** Adds one to a table's cell. */
function count(table: number[][], kind: number, bucket: number): void {
  const row = table[kind] as number[];
  row[bucket] = (row[bucket] ?? 0) + 1;
}

main();
