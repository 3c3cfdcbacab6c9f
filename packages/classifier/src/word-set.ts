import { hashString, type TokenList } from "./tokenize.js";

/**
 * A set of lowercase words, asked about by token: whether word i of a text, lowercased, is one
 * of them. An ASCII token carries the hash of its lowercase (TokenList.hash), so a token whose
 * hash no word of the set has is answered without cutting and lowercasing it. findPeople and
 * geoparse test every capitalized word and many neighbours against short word lists: cutting
 * each was about a tenth of what an article allocated, for words that were mostly not there.
 */
export class WordSet {
  readonly #words: ReadonlySet<string>;
  readonly #hashes: ReadonlySet<number>;

  constructor(words: Iterable<string>) {
    this.#words = new Set(words);
    this.#hashes = new Set([...this.#words].map(hashString));
  }

  /** Whether word i of tokens, lowercased, is in the set. */
  hasToken(tokens: TokenList, i: number): boolean {
    if (tokens.ascii(i) && !this.#hashes.has(tokens.hash(i))) return false;
    return this.#words.has(tokens.lower(i));
  }

  /** Whether a lowercase word is in the set: the plain form of hasToken. */
  has(word: string): boolean {
    return this.#words.has(word);
  }
}
