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
