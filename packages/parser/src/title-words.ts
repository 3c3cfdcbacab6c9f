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
 * COUNTED_PARAGRAPHS of `paragraphs` (the article after its lede), as ROUGE splits words, up to
 * the top recurrence floor (more times fall in the same bucket). One pass over those paragraphs'
 * characters, each word matched to the few wanted by a hash of its lower-cased characters: no
 * copy of the text, no string made per word (but for a word with a letter past ASCII).
 */
export function wordCounts(
  paragraphs: readonly string[],
  words: readonly string[],
): Map<string, number> {
  const counts = new Map<string, number>();
  if (paragraphs.length === 0) return counts;
  const wanted: string[] = [];
  if (words.length * 2 > slotWord.length) growSlots(words.length * 2);
  const mask = slotWord.length - 1;
  slotWord.fill(-1);
  for (const word of words) {
    const lower = word.toLowerCase();
    if (counts.has(lower)) continue;
    counts.set(lower, 0);
    const hash = hashOf(lower);
    let slot = hash & mask;
    while (slotWord[slot] !== -1) slot = (slot + 1) & mask;
    slotWord[slot] = wanted.length;
    slotHash[slot] = hash;
    wanted.push(lower);
  }
  const found = wantedCount.fill(0, 0, wanted.length);
  const last = Math.min(paragraphs.length, COUNTED_PARAGRAPHS);
  for (let p = 0; p < last; p++) {
    const text = paragraphs[p] as string;
    let start = -1;
    let hash = 0;
    let ascii = true;
    for (let i = 0; i <= text.length; i++) {
      const code = i < text.length ? text.charCodeAt(i) : 32;
      if (code < 128) {
        if (code >= 97 && code <= 122) {
          if (start < 0) start = i;
          hash = (Math.imul(hash, 31) + code) | 0;
          continue;
        }
        if ((code >= 65 && code <= 90) || (code >= 48 && code <= 57)) {
          if (start < 0) start = i;
          hash = (Math.imul(hash, 31) + (code <= 57 ? code : code + 32)) | 0;
          continue;
        }
      } else {
        const units = wordUnitsAt(text, i);
        if (units > 0) {
          if (start < 0) start = i;
          ascii = false;
          i += units - 1;
          continue;
        }
      }
      if (start < 0) continue;
      const index = ascii
        ? asciiWordIndex(text, start, i, hash, wanted)
        : slowWordIndex(text, start, i, wanted);
      if (index >= 0 && (found[index] as number) < TOP_FLOOR)
        found[index] = (found[index] as number) + 1;
      start = -1;
      hash = 0;
      ascii = true;
    }
  }
  wanted.forEach((word, index) => {
    counts.set(word, found[index] as number);
  });
  return counts;
}

// Counting stops here: more times fall in the same (top) bucket.
const TOP_FLOOR = RECURRENCE_FLOORS[RECURRENCE_FLOORS.length - 1] as number;

// The wanted words' hash table (open addressing, at most half full), kept between calls and
// grown for a sentence of many words.
let slotWord = new Int32Array(256);
let slotHash = new Int32Array(256);
let wantedCount = new Int32Array(128);

/** Room for at least `slots` hash slots (a power of two) and half as many words. */
function growSlots(slots: number): void {
  let size = slotWord.length;
  while (size < slots) size *= 2;
  slotWord = new Int32Array(size);
  slotHash = new Int32Array(size);
  wantedCount = new Int32Array(size / 2);
}

/** The hash the count's pass computes of a lower-cased word's UTF-16 units. */
function hashOf(lower: string): number {
  let hash = 0;
  for (let i = 0; i < lower.length; i++) hash = (Math.imul(hash, 31) + lower.charCodeAt(i)) | 0;
  return hash;
}

/** The wanted word text[start, end) (ASCII letters and digits) is, by its hash, or -1. */
function asciiWordIndex(
  text: string,
  start: number,
  end: number,
  hash: number,
  wanted: readonly string[],
): number {
  const mask = slotWord.length - 1;
  for (let slot = hash & mask; slotWord[slot] !== -1; slot = (slot + 1) & mask) {
    if (slotHash[slot] !== hash) continue;
    const index = slotWord[slot] as number;
    const word = wanted[index] as string;
    if (word.length !== end - start) continue;
    let same = true;
    for (let k = 0; k < word.length && same; k++) {
      const code = text.charCodeAt(start + k);
      same = (code >= 65 && code <= 90 ? code + 32 : code) === word.charCodeAt(k);
    }
    if (same) return index;
  }
  return -1;
}

/** The wanted word text[start, end) (with a letter past ASCII) is, lower-cased, or -1. */
function slowWordIndex(
  text: string,
  start: number,
  end: number,
  wanted: readonly string[],
): number {
  const lower = text.slice(start, end).toLowerCase();
  const hash = hashOf(lower);
  const mask = slotWord.length - 1;
  for (let slot = hash & mask; slotWord[slot] !== -1; slot = (slot + 1) & mask)
    if (slotHash[slot] === hash && wanted[slotWord[slot] as number] === lower)
      return slotWord[slot] as number;
  return -1;
}

// A letter or digit, as ROUGE's words are made of: one code point, astral ones too.
const WORD_CHAR = /^[\p{L}\p{N}]/u;
// The letters and digits among U+0080-U+00BF ("ª", "²", "µ", "¹", "º", "¼"-"¾"); the rest
// (no-break space, "«", "£", soft hyphen, ...) are neither.
const LATIN1_WORD_CHARS = [0xaa, 0xb2, 0xb3, 0xb5, 0xb9, 0xba, 0xbc, 0xbd, 0xbe];

/**
 * How many UTF-16 units the letter or digit at `index` of `text` (not ASCII) takes, or 0 when
 * it is neither: most such characters in news text are quotation marks and dashes (U+2000-U+206F,
 * none a letter or digit).
 */
function wordUnitsAt(text: string, index: number): number {
  const code = text.charCodeAt(index);
  if (code >= 0x2000 && code <= 0x206f) return 0;
  if (code <= 0xbf) return LATIN1_WORD_CHARS.includes(code) ? 1 : 0;
  const units = code >= 0xd800 && code <= 0xdbff ? 2 : 1;
  return WORD_CHAR.test(text.slice(index, index + units)) ? units : 0;
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
