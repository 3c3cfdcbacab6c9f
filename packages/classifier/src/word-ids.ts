import { hashString, type TokenList } from "./tokenize.js";
import type { Zone } from "./zones.js";

/**
 * Small integer ids for the words the classifier's tables know. An article's words are looked
 * up once, when it is split into zones; the lexicon, the beat model and the gazetteer then
 * index arrays by id instead of each hashing the same strings into its own large Map.
 *
 * Words are found by their characters in the text (idOf), without cutting a string for each:
 * an open-addressing table of ids by a hash of the characters, the words' characters in one
 * typed array to compare against, and a small direct-mapped cache of recent hashes in front
 * (an article's words are mostly the same few hundred; the large table misses the CPU cache).
 */
export class WordIds {
  #count = 0;
  /** Slot -> id + 1 (0: empty). */
  #slots = new Int32Array(1 << 12);
  /**
   * Per id, side by side at 3 * id: the hash of its characters, where they start in #chars,
   * and how many. Side by side, one look-up reads one cache line instead of three arrays.
   */
  #meta = new Int32Array(3 << 11);
  #chars = new Uint16Array(1 << 14);
  #charCount = 0;
  // The cache: slot c -> hash at 2c and, at 2c + 1, id + 1 (0: empty) or NO_WORD: no word of
  // the table has that hash (a fifth of an article's tokens are words no table knows; each
  // probed the large table until an empty slot). Side by side so that a look-up reads one
  // cache line. intern clears the NO_WORD of the hash it adds, so it never hides a word.
  readonly #cache = new Int32Array(2 * CACHE_SIZE);

  /** The table's contents as typed arrays, for restore (see compiled-data.ts). */
  snapshot(): WordIdsSnapshot {
    return {
      count: this.#count,
      charCount: this.#charCount,
      slots: this.#slots,
      meta: this.#meta,
      chars: this.#chars,
    };
  }

  /** A table holding what `snapshot` returned, without interning each word again. */
  static restore(s: WordIdsSnapshot): WordIds {
    const words = new WordIds();
    words.#count = s.count;
    words.#charCount = s.charCount;
    words.#slots = s.slots;
    words.#meta = s.meta;
    words.#chars = s.chars;
    return words;
  }

  /** How many words the table holds: ids run from 0 to size - 1. */
  get size(): number {
    return this.#count;
  }

  /** The id of a word, adding it when new. */
  intern(word: string): number {
    const hash = hashString(word);
    const known = this.#find(word, 0, word.length, hash, false);
    if (known >= 0) return known;
    const id = this.#count++;
    if (3 * id >= this.#meta.length) this.#growIds();
    while (this.#charCount + word.length > this.#chars.length) {
      const chars = new Uint16Array(this.#chars.length * 2);
      chars.set(this.#chars);
      this.#chars = chars;
    }
    for (let k = 0; k < word.length; k++) this.#chars[this.#charCount + k] = word.charCodeAt(k);
    this.#meta[3 * id] = hash;
    this.#meta[3 * id + 1] = this.#charCount;
    this.#meta[3 * id + 2] = word.length;
    this.#charCount += word.length;
    if (2 * this.#count > this.#slots.length) this.#rehash(this.#slots.length * 2);
    else this.#place(id);
    const c = cacheSlot(hash);
    if (this.#cache[c] === hash && this.#cache[c + 1] === NO_WORD) this.#cache[c + 1] = 0;
    return id;
  }

  /** The id of a word, or -1 when no table knows it. */
  get(word: string): number {
    return this.#find(word, 0, word.length, hashString(word), false);
  }

  /**
   * The id of word i's `lower`, or -1 when no table knows it. `units`, when given, are the
   * code units of the words' text (codeUnitsOf): comparing against them is cheaper than
   * against the string.
   */
  idOf(tokens: TokenList, i: number, units?: Uint16Array): number {
    if (!tokens.ascii(i)) return this.get(tokens.lowerBeyondAscii(i));
    return this.#find(tokens.text, tokens.start(i), tokens.rawEnd(i), tokens.hash(i), true, units);
  }

  /**
   * The id of text[start, end) (lowercased when `fold`), or -1. `units`, when given, are the
   * text's code units and the word is folded (an ASCII token's look-up from idOf).
   */
  #find(
    text: string,
    start: number,
    end: number,
    hash: number,
    fold: boolean,
    units?: Uint16Array,
  ): number {
    const c = cacheSlot(hash);
    const cache = this.#cache;
    if (cache[c] === hash) {
      const cached = cache[c + 1] as number;
      if (cached === NO_WORD) return -1;
      if (cached > 0 && this.#is(cached - 1, text, start, end, fold, units)) return cached - 1;
    }
    const slots = this.#slots;
    const mask = slots.length - 1;
    let hashSeen = false;
    for (let s = hash & mask; ; s = (s + 1) & mask) {
      const id = (slots[s] as number) - 1;
      if (id < 0) return this.#noWord(c, hash, hashSeen);
      if (this.#meta[3 * id] === hash) {
        hashSeen = true;
        if (this.#is(id, text, start, end, fold, units)) return this.#cached(c, hash, id);
      }
    }
  }

  /**
   * Whether word `id` is text[start, end): compared by the code units where given (every ASCII
   * token of an article, the table's hottest path) in a loop that reads only typed arrays.
   */
  #is(
    id: number,
    text: string,
    start: number,
    end: number,
    fold: boolean,
    units: Uint16Array | undefined,
  ): boolean {
    return units === undefined
      ? this.#same(id, text, start, end, fold)
      : this.#sameFolded(id, units, start, end);
  }

  #cached(c: number, hash: number, id: number): number {
    this.#cache[c] = hash;
    this.#cache[c + 1] = id + 1;
    return id;
  }

  /** -1, remembered in the cache when no word of the table has the hash (then none is this). */
  #noWord(c: number, hash: number, hashSeen: boolean): number {
    if (!hashSeen) {
      this.#cache[c] = hash;
      this.#cache[c + 1] = NO_WORD;
    }
    return -1;
  }

  #same(id: number, text: string, start: number, end: number, fold: boolean): boolean {
    const n = end - start;
    if (this.#meta[3 * id + 2] !== n) return false;
    const from = this.#meta[3 * id + 1] as number;
    const chars = this.#chars;
    for (let k = 0; k < n; k++) {
      let ch = text.charCodeAt(start + k);
      if (fold && ch >= 65 && ch <= 90) ch += 32;
      if (chars[from + k] !== ch) return false;
    }
    return true;
  }

  #sameFolded(id: number, units: Uint16Array, start: number, end: number): boolean {
    const n = end - start;
    if (this.#meta[3 * id + 2] !== n) return false;
    const chars = this.#chars;
    const shift = (this.#meta[3 * id + 1] as number) - start;
    for (let k = start; k < end; k++) {
      const ch = units[k] as number;
      if (chars[shift + k] !== (ch >= 65 && ch <= 90 ? ch + 32 : ch)) return false;
    }
    return true;
  }

  #place(id: number): void {
    const slots = this.#slots;
    const mask = slots.length - 1;
    let s = (this.#meta[3 * id] as number) & mask;
    while (slots[s] !== 0) s = (s + 1) & mask;
    slots[s] = id + 1;
  }

  #rehash(size: number): void {
    this.#slots = new Int32Array(size);
    for (let id = 0; id < this.#count; id++) this.#place(id);
  }

  #growIds(): void {
    const meta = new Int32Array(this.#meta.length * 2);
    meta.set(this.#meta);
    this.#meta = meta;
  }
}

const CACHE_SIZE = 16384;
/** A cache entry's id + 1 when no word of the table has its hash. */
const NO_WORD = -1;
const cacheSlot = (hash: number) => 2 * ((hash ^ (hash >>> 16)) & (CACHE_SIZE - 1));

/** What WordIds.snapshot returns and WordIds.restore takes. */
export interface WordIdsSnapshot {
  count: number;
  charCount: number;
  slots: Int32Array<ArrayBuffer>;
  meta: Int32Array<ArrayBuffer>;
  chars: Uint16Array<ArrayBuffer>;
}

/** A node of a phrase table keyed by word ids: the value of the phrase so far and what follows. */
export interface PhraseNode<T> {
  value: T | undefined;
  next: Map<number, PhraseNode<T>> | undefined;
}

/** A phrase table keyed by word ids: roots[first word's id] starts every phrase. */
export type PhraseTrie<T> = (PhraseNode<T> | undefined)[];

/** Builds a phrase table from phrases given as space-joined lowercase words. */
export function buildPhraseTrie<T>(phrases: Iterable<[string, T]>, words: WordIds): PhraseTrie<T> {
  const roots: PhraseTrie<T> = [];
  for (const [key, value] of phrases) {
    // Most phrases are one word: no need to split them.
    const parts = key.indexOf(" ") < 0 ? undefined : key.split(" ");
    const first = words.intern(parts === undefined ? key : (parts[0] as string));
    let node = roots[first];
    if (!node) {
      node = { value: undefined, next: undefined };
      roots[first] = node;
    }
    for (let k = 1; parts !== undefined && k < parts.length; k++) {
      const id = words.intern(parts[k] ?? "");
      node.next ??= new Map();
      let child = node.next.get(id);
      if (!child) {
        child = { value: undefined, next: undefined };
        node.next.set(id, child);
      }
      node = child;
    }
    node.value = value;
  }
  // Holes read as undefined; filling them keeps the array packed and its reads fast.
  for (let i = 0; i < roots.length; i++) roots[i] ??= undefined;
  return roots;
}

/**
 * The word ids of a zone's tokens in `words`: the ones splitZones recorded when it was given
 * the same table, else looked up now (-1 for a word no table knows).
 */
export function zoneWordIds(zone: Zone, words: WordIds): Int32Array {
  if (zone.ids !== undefined && zone.words === words) return zone.ids;
  const ids = new Int32Array(zone.tokens.length);
  for (let i = 0; i < ids.length; i++) ids[i] = words.idOf(zone.tokens, i);
  return ids;
}
