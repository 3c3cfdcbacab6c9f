import type { BeatLexicon, LexiconEntry } from "./beat-lexicon.js";
import { termWords } from "./term-syntax.js";

/**
 * What tallying reads of the lexicon's entries, in typed arrays by entry index: each phrase
 * node's entries, and each entry's case rules, length and beats with their weights. Read
 * through the entry objects, a token starting a phrase touched three or four objects scattered
 * over the heap (the node's list, the entry, its two lists); here they are a few adjacent numbers.
 */
export interface EntryTable {
  /** Node n's entries (their indices) are nodeEntries[nodeStart[n] .. nodeStart[n + 1]). */
  nodeStart: Int32Array;
  nodeEntries: Int32Array;
  /** LexiconEntry.caseBits and .size by index. */
  caseBits: Int32Array;
  size: Int32Array;
  /** Entry e's beats and weights are beats[beatStart[e] .. beatStart[e + 1]), in its own order. */
  beatStart: Int32Array;
  beats: Int32Array;
  weights: Float64Array;
  /** The entries by index (their exact forms, and what a tally's matches list). */
  entries: LexiconEntry[];
  /**
   * Entry e's words as a reader is shown them (termWords) are words[wordsOf[e]] (wordsNumberOf):
   * "labor" and "_labor" are one. beatTerms sums a beat's terms by that number, in wordsCount
   * and wordsSum (zero between calls), instead of cutting each match's words and keying a Map by
   * them. Numbered at an entry's first use (-1 before): for every entry at once, the first
   * article's CPU time rose by some milliseconds.
   */
  wordsOf: Int32Array;
  words: string[];
  wordsNumber: Map<string, number>;
  wordsCount: Int32Array;
  wordsSum: Float64Array;
}

const tables = new WeakMap<BeatLexicon, EntryTable>();

/** The lexicon's entry table, built on first use (some milliseconds) and kept beside it. */
export function entryTable(lexicon: BeatLexicon): EntryTable {
  let table = tables.get(lexicon);
  if (table === undefined) {
    table = buildEntryTable(lexicon);
    tables.set(lexicon, table);
  }
  return table;
}

function buildEntryTable(lexicon: BeatLexicon): EntryTable {
  const values = lexicon.flat.values;
  const count = lexicon.repeats.length;
  const entries: LexiconEntry[] = new Array(count);
  const nodeStart = new Int32Array(values.length + 1);
  const nodeEntries: number[] = [];
  for (let n = 0; n < values.length; n++) {
    nodeStart[n] = nodeEntries.length;
    for (const e of values[n] ?? []) {
      nodeEntries.push(e.index);
      entries[e.index] = e;
    }
  }
  nodeStart[values.length] = nodeEntries.length;
  const caseBits = new Int32Array(count);
  const size = new Int32Array(count);
  const beatStart = new Int32Array(count + 1);
  const beats: number[] = [];
  const weights: number[] = [];
  for (let e = 0; e < count; e++) {
    beatStart[e] = beats.length;
    const entry = entries[e];
    if (entry === undefined) continue;
    caseBits[e] = entry.caseBits;
    size[e] = entry.size;
    beats.push(...entry.beatList);
    weights.push(...entry.weightList);
  }
  beatStart[count] = beats.length;
  return {
    nodeStart,
    nodeEntries: Int32Array.from(nodeEntries),
    caseBits,
    size,
    beatStart,
    beats: Int32Array.from(beats),
    weights: Float64Array.from(weights),
    entries,
    wordsOf: new Int32Array(count).fill(-1),
    words: [],
    wordsNumber: new Map(),
    // At most one number per entry.
    wordsCount: new Int32Array(count),
    wordsSum: new Float64Array(count),
  };
}

/** Entry e's number in `table.words` (see EntryTable.wordsOf), given at its first use. */
export function wordsNumberOf(table: EntryTable, e: number): number {
  let n = table.wordsOf[e] as number;
  if (n < 0) {
    const words = termWords((table.entries[e] as LexiconEntry).term);
    n = table.wordsNumber.get(words) ?? table.words.length;
    if (n === table.words.length) {
      table.words.push(words);
      table.wordsNumber.set(words, n);
    }
    table.wordsOf[e] = n;
  }
  return n;
}
