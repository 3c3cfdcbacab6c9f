import { MEAN_TITLE_WORDS, TITLE_WORD_SHARE } from "./learned/title-words-data.js";

/**
 * How likely a word of a lede's first sentence is to come back in the article's title: the
 * learned share for its kind and for how often it recurs in the rest of the article. The words
 * a story keeps returning to are what it is about, and so what its title names.
 */

// Words as ROUGE counts them: runs of letters and digits.
const WORD = /[\p{L}\p{N}]+/gu;
const CAPITAL = /^\p{Lu}/u;
const DIGIT = /^\p{N}/u;
// The words a title shares with any sentence: a separate kind, as their share is their own.
const FUNCTION_WORDS = new Set(
  (
    "a an the of to in on at for from with by as into over about after before during under and " +
    "or but that which who is are was were be been has have had will would said says"
  ).split(" "),
);

/** A word's kind, the first index of TITLE_WORD_SHARE. */
export const WORD_KINDS = ["function", "number", "opening", "capitalized", "other"] as const;
/** The least times a word recurs in the rest of the article for each bucket, the second index. */
export const RECURRENCE_FLOORS = [0, 1, 2, 4, 8] as const;

/** Lower-case word counts of the article's paragraphs after the lede. */
export function wordCounts(paragraphs: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const paragraph of paragraphs)
    for (const word of paragraph.toLowerCase().match(WORD) ?? [])
      counts.set(word, (counts.get(word) ?? 0) + 1);
  return counts;
}

/** The kind of the word `word` (as written), the `index`th of its sentence. */
export function wordKind(word: string, index: number): number {
  if (FUNCTION_WORDS.has(word.toLowerCase())) return 0;
  if (DIGIT.test(word)) return 1;
  if (index === 0) return 2;
  return CAPITAL.test(word) ? 3 : 4;
}

/** The recurrence bucket of a word seen `count` times in the rest of the article. */
export function recurrenceBucket(count: number): number {
  let bucket = 0;
  while (
    bucket + 1 < RECURRENCE_FLOORS.length &&
    count >= (RECURRENCE_FLOORS[bucket + 1] as number)
  )
    bucket++;
  return bucket;
}

/** The words of `text` as written (runs of letters and digits). */
export function wordsOf(text: string): string[] {
  return text.match(WORD) ?? [];
}

/**
 * The ROUGE-1 F1 a headline may expect against the title it stands in for: twice the title
 * words it is expected to share over its length plus a title's mean length.
 */
export function expectedOverlap(headline: string, counts: ReadonlyMap<string, number>): number {
  const words = wordsOf(headline);
  if (words.length === 0) return 0;
  let shared = 0;
  words.forEach((word, index) => {
    const row = TITLE_WORD_SHARE[wordKind(word, index)] as readonly number[];
    shared += row[recurrenceBucket(counts.get(word.toLowerCase()) ?? 0)] as number;
  });
  return (2 * shared) / (words.length + MEAN_TITLE_WORDS);
}
