import { hashString, type TokenList } from "./tokenize.js";

// The hash bit table's size: 4,096 bits (512 bytes) a set. The longest list (the words that are
// never a name, about 280) sets under a tenth of them, so most words are turned away by one read.
const BIT_INDEX_MASK = 4095;

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
  // One bit for each value of the hash's low bits that some word's hash has: a clear bit turns a
  // token away with one read, where the Set of hashes was a hash table's look-up (thirty-sixth
  // pass). A set bit is only a maybe; the Set of hashes, then the words, decide.
  readonly #bits = new Uint32Array((BIT_INDEX_MASK + 1) / 32);

  constructor(words: Iterable<string>) {
    this.#words = new Set(words);
    this.#hashes = new Set([...this.#words].map(hashString));
    for (const h of this.#hashes) {
      const at = h & BIT_INDEX_MASK;
      this.#bits[at >>> 5] = (this.#bits[at >>> 5] as number) | (1 << (at & 31));
    }
  }

  /** Whether word i of tokens, lowercased, is in the set. */
  hasToken(tokens: TokenList, i: number): boolean {
    if (tokens.ascii(i)) {
      const h = tokens.hash(i);
      const at = h & BIT_INDEX_MASK;
      if (((this.#bits[at >>> 5] as number) & (1 << (at & 31))) === 0) return false;
      if (!this.#hashes.has(h)) return false;
    }
    return this.#words.has(tokens.lower(i));
  }

  /** Whether a lowercase word is in the set: the plain form of hasToken. */
  has(word: string): boolean {
    return this.#words.has(word);
  }
}
