import type { Zone } from "./zones.js";

/**
 * Small integer ids for the words the classifier's tables know. An article's words are looked
 * up once, when it is split into zones; the lexicon, the beat model and the gazetteer then
 * index arrays by id instead of each hashing the same strings into its own large Map.
 */
export class WordIds {
  readonly #ids = new Map<string, number>();
  // A small direct-mapped cache in front of the table: an article's words are mostly the same
  // few hundred, and the large Map costs cache misses on every lookup (a fifth of the time).
  readonly #cachedWords: (string | undefined)[] = new Array(CACHE_SIZE).fill(undefined);
  readonly #cachedIds = new Int32Array(CACHE_SIZE);
  #cacheFilled = false;

  /** The id of a word, adding it when new. */
  intern(word: string): number {
    let id = this.#ids.get(word);
    if (id === undefined) {
      id = this.#ids.size;
      this.#ids.set(word, id);
      // A word cached as unknown is known now. Tables are built before any article is read,
      // so this is rare; clearing on every new word made cold start a second longer.
      if (this.#cacheFilled) {
        this.#cachedWords.fill(undefined);
        this.#cacheFilled = false;
      }
    }
    return id;
  }

  /** The id of a word, or -1 when no table knows it. */
  get(word: string): number {
    const n = word.length;
    const slot =
      (n * 0x9e37 +
        word.charCodeAt(0) * 0x3b +
        word.charCodeAt(n > 1 ? 1 : 0) * 0x1f3 +
        word.charCodeAt(n >> 1) * 0x2c5 +
        word.charCodeAt(n - 1) * 0x61) &
      (CACHE_SIZE - 1);
    if (this.#cachedWords[slot] === word) return this.#cachedIds[slot] ?? -1;
    const id = this.#ids.get(word) ?? -1;
    this.#cachedWords[slot] = word;
    this.#cachedIds[slot] = id;
    this.#cacheFilled = true;
    return id;
  }
}

const CACHE_SIZE = 16384;

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
    const parts = key.split(" ");
    const first = words.intern(parts[0] ?? "");
    let node = roots[first];
    if (!node) {
      node = { value: undefined, next: undefined };
      roots[first] = node;
    }
    for (let k = 1; k < parts.length; k++) {
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
  for (let i = 0; i < ids.length; i++)
    ids[i] = words.get((zone.tokens[i] as { lower: string }).lower);
  return ids;
}
