/**
 * The lowercase of ASCII words met before, in a bounded table indexed by the word's hash
 * (TokenList.hash, computed while tokenizing). A word whose lowercase is in its slot is
 * answered with that string, checked against the text's characters, instead of a new slice
 * and its `toLowerCase` (two strings for a capitalized word): the cue words findPeople and
 * geoparse confirm, and the names they look up, come back in article after article.
 *
 * Each slot holds one word, the last one stored there: a word whose slot another word took is
 * cut again and takes the slot back. Only words up to MAX_KEPT_LENGTH code units are kept, so
 * the table holds at most `size` short strings, whatever the texts.
 */
export class LowercaseTable {
  readonly #mask: number;
  /** Each slot's lowercase word ("" while empty: no word has length 0). */
  readonly #words: string[];
  /** The hash each slot's word was stored under. */
  readonly #hashes: Int32Array;

  /** `size` slots, a power of two. */
  constructor(size: number) {
    if (size < 1 || (size & (size - 1)) !== 0)
      throw new Error(`table size ${size} is not a power of two`);
    this.#mask = size - 1;
    // Filled by pushing, so the array holds strings only and no holes (see undefinedList).
    this.#words = [];
    for (let k = 0; k < size; k++) this.#words.push("");
    this.#hashes = new Int32Array(size);
  }

  /**
   * The lowercase of text[start, end), an ASCII word whose lowercase hashes to `hash`
   * (hashString): the kept string when its slot holds that word, else a new one, kept.
   */
  lower(text: string, start: number, end: number, hash: number): string {
    const slot = hash & this.#mask;
    const kept = this.#words[slot] as string;
    const size = end - start;
    if (this.#hashes[slot] === hash && kept.length === size && sameLowercase(kept, text, start)) {
      return kept;
    }
    const lower = text.slice(start, end).toLowerCase();
    if (size <= MAX_KEPT_LENGTH) {
      this.#words[slot] = lower;
      this.#hashes[slot] = hash;
    }
    return lower;
  }
}

/** Words longer than this are cut each time: names and cue words are shorter. */
const MAX_KEPT_LENGTH = 24;

/** Whether `lower` is the ASCII text from `start` on, A-Z lowercased, over lower.length units. */
function sameLowercase(lower: string, text: string, start: number): boolean {
  for (let k = 0; k < lower.length; k++) {
    const ch = text.charCodeAt(start + k);
    if ((ch >= 65 && ch <= 90 ? ch + 32 : ch) !== lower.charCodeAt(k)) return false;
  }
  return true;
}
