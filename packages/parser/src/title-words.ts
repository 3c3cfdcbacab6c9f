import { MEAN_TITLE_WORDS, TITLE_WORD_SHARE } from "./learned/title-words-data.js";

/**
 * How likely a word of a lede's first sentence is to come back in the article's title: the
 * learned share for its kind and for how often it recurs in the article's next paragraphs. The
 * words a story keeps returning to are what it is about, and so what its title names.
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
/** The least times a word recurs in the article's next paragraphs per bucket, the second index. */
export const RECURRENCE_FLOORS = [0, 1, 2, 4, 8] as const;

// The paragraphs after the lede whose words are counted: on the validation fold ROUGE-1 0.1856
// with 2, 0.1858 with 3, 0.1860 with 5, 8 or all of them; a long article costs no more.
const COUNTED_PARAGRAPHS = 5;

/**
 * How many times each of `words` (lower-cased) stands as a whole word in the first
 * COUNTED_PARAGRAPHS of `paragraphs` (the article after its lede), as ROUGE splits words. A
 * search for the few words of one sentence, not a count of every word of the article.
 */
export function wordCounts(
  paragraphs: readonly string[],
  words: readonly string[],
): Map<string, number> {
  const counts = new Map<string, number>();
  if (paragraphs.length === 0) return counts;
  const text = paragraphs.slice(0, COUNTED_PARAGRAPHS).join(" ").toLowerCase();
  for (const word of words) {
    const lower = word.toLowerCase();
    if (counts.has(lower)) continue;
    let count = 0;
    for (
      let at = text.indexOf(lower);
      at >= 0 && count < TOP_FLOOR;
      at = text.indexOf(lower, at + lower.length)
    )
      if (!isWordChar(text, at - 1) && !isWordChar(text, at + lower.length)) count++;
    counts.set(lower, count);
  }
  return counts;
}

// Counting stops here: more times fall in the same (top) bucket.
const TOP_FLOOR = RECURRENCE_FLOORS[RECURRENCE_FLOORS.length - 1] as number;

// A letter or digit, as ROUGE's words are made of: one code point, astral ones too.
const WORD_CHAR = /^[\p{L}\p{N}]/u;

/** The character at `index` of `text` (either half of a surrogate pair) is a letter or digit. */
function isWordChar(text: string, index: number): boolean {
  if (index < 0 || index >= text.length) return false;
  const code = text.charCodeAt(index);
  if (code < 128)
    return (code >= 48 && code <= 57) || (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
  const start = code >= 0xdc00 && code <= 0xdfff && index > 0 ? index - 1 : index;
  return WORD_CHAR.test(text.slice(start, start + 2));
}

/** The kind of the word `word` (as written), the `index`th of its sentence. */
export function wordKind(word: string, index: number): number {
  if (FUNCTION_WORDS.has(word.toLowerCase())) return 0;
  if (DIGIT.test(word)) return 1;
  if (index === 0) return 2;
  return CAPITAL.test(word) ? 3 : 4;
}

/** The recurrence bucket of a word seen `count` times in the article's next paragraphs. */
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
