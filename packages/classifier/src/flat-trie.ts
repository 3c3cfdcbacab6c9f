import { PairTable } from "./pair-table.js";
import type { PhraseNode, PhraseTrie } from "./word-ids.js";

/**
 * A phrase table's nodes numbered, for matching an article's words: the node a word starts
 * (by its id), each node's value, whether any phrase runs on from it, and its children filed
 * under (node, next word's id) in one PairTable. Walked this way, a phrase's next word is one
 * or two reads of adjacent numbers instead of a Map's look-up through a node, its Map and the
 * Map's table (the lexicon's tally looked up a next word for a quarter of all tokens).
 */
export interface FlatTrie<T> {
  /** Word id -> the node its phrases start at, or -1. */
  roots: Int32Array;
  /** Node -> its value (undefined where no phrase ends). */
  values: (T | undefined)[];
  /** Node -> 1 when a phrase runs on from it. */
  hasNext: Uint8Array;
  /** (node, word id) -> the child node. */
  children: PairTable;
}

/** The node the phrases opening with this word id start at (-1: a word no table knows, or none). */
export function rootOf(roots: Int32Array, id: number): number {
  return id >= 0 && id < roots.length ? (roots[id] as number) : -1;
}

/** Numbers a phrase table's nodes, roots first by word id, then their children as found. */
export function numberTrie<T>(trie: PhraseTrie<T>): FlatTrie<T> {
  const roots = new Int32Array(trie.length).fill(-1);
  const values: (T | undefined)[] = [];
  const next: (Map<number, PhraseNode<T>> | undefined)[] = [];
  const children = new PairTable();
  const numbered = (node: PhraseNode<T>): number => {
    values.push(node.value);
    next.push(node.next);
    return values.length - 1;
  };
  for (let id = 0; id < trie.length; id++) {
    const node = trie[id];
    if (node !== undefined) roots[id] = numbered(node);
  }
  for (let n = 0; n < next.length; n++) {
    for (const [word, child] of next[n] ?? []) children.set(n, word, numbered(child));
  }
  return {
    roots,
    values,
    hasNext: Uint8Array.from(next, (m) => (m !== undefined && m.size > 0 ? 1 : 0)),
    children,
  };
}

/**
 * A numbered table as typed arrays for dist/compiled-data.bin: its roots, each node's value as
 * `valueIndex` numbers it (-1: none), whether a phrase runs on, and the children's PairTable.
 */
export interface StoredFlatTrie {
  roots: Int32Array<ArrayBuffer>;
  values: Int32Array<ArrayBuffer>;
  hasNext: Uint8Array<ArrayBuffer>;
  childCount: number;
  childSlots: Int32Array<ArrayBuffer>;
}

export function storeFlatTrie<T>(flat: FlatTrie<T>, valueIndex: (v: T) => number): StoredFlatTrie {
  const children = flat.children.snapshot();
  return {
    roots: flat.roots as Int32Array<ArrayBuffer>,
    values: Int32Array.from(flat.values, (v) => (v === undefined ? -1 : valueIndex(v))),
    hasNext: flat.hasNext as Uint8Array<ArrayBuffer>,
    childCount: children.count,
    childSlots: children.slots,
  };
}

/**
 * The table `storeFlatTrie` stored, its values by index into `values`: the same numbers, so
 * matching walks the same nodes as the table compiled from data/ (no Map trie rebuilt and
 * numbered again at load time, which took 7-15 ms of CPU).
 */
export function restoreFlatTrie<T>(stored: StoredFlatTrie, values: T[]): FlatTrie<T> {
  // Pushed one by one, as numberTrie fills it: the same kind of array for matching to read.
  const nodeValues: (T | undefined)[] = [];
  for (const i of stored.values) nodeValues.push(i < 0 ? undefined : values[i]);
  return {
    roots: stored.roots,
    values: nodeValues,
    hasNext: stored.hasNext,
    children: PairTable.restore({ count: stored.childCount, slots: stored.childSlots }),
  };
}
