import { TERM_IDF } from "./learned/term-idf-data.js";

/**
 * Inverse document frequencies of the commonest terms of real news (learned from the newsroom
 * corpus: a word in every story says little about which story a paragraph belongs to), in an
 * open-addressed table of typed arrays: a lookup costs a multiply and a probe or two.
 */
export class IdfTable {
  private readonly keys: Int32Array;
  /** Each slot's value, and past the slots the value of a term not in the table. */
  readonly values: Float32Array;
  private readonly mask: number;

  constructor(
    ids: readonly number[],
    idfs: readonly number[],
    /** The idf of a term not in the table: rarer than every term in it. */
    readonly unknown: number,
  ) {
    let size = 16;
    while (size < ids.length * 2) size *= 2;
    this.keys = new Int32Array(size).fill(-1);
    this.values = new Float32Array(size + 1);
    this.values[size] = unknown;
    this.mask = size - 1;
    ids.forEach((id, i) => {
      let slot = this.slot(id);
      while (this.keys[slot] !== -1 && this.keys[slot] !== id) slot = (slot + 1) & this.mask;
      this.keys[slot] = id;
      this.values[slot] = idfs[i] as number;
    });
  }

  private slot(id: number): number {
    return (Math.imul(id, 0x9e3779b1) >>> 7) & this.mask;
  }

  /**
   * Where `values` holds id's value. A hot loop reads `values[indexOf(id)]`: an index is a small
   * integer, where a value returned from a call that is not inlined is a new heap number.
   */
  indexOf(id: number): number {
    let slot = this.slot(id);
    for (;;) {
      const key = this.keys[slot] as number;
      if (key === id) return slot;
      if (key === -1) return this.mask + 1;
      slot = (slot + 1) & this.mask;
    }
  }

  get(id: number): number {
    return this.values[this.indexOf(id)] as number;
  }
}

function decodeIds(base64: string): number[] {
  const bytes = Buffer.from(base64, "base64");
  const ids: number[] = [];
  for (let i = 0; i + 3 < bytes.length; i += 4) ids.push(bytes.readInt32LE(i));
  return ids;
}

function decodeIdfs(base64: string, scale: number): number[] {
  return [...Buffer.from(base64, "base64")].map((b) => b * scale);
}

/** Idf of content-word stems (stemId, or the hashed stems of other scripts). */
export const STEM_IDF = new IdfTable(
  decodeIds(TERM_IDF.stems.ids),
  decodeIdfs(TERM_IDF.stems.idfs, TERM_IDF.scale),
  TERM_IDF.stems.unknown,
);

/** Idf of capitalized words: names and places (termId). */
export const KEY_IDF = new IdfTable(
  decodeIds(TERM_IDF.keys.ids),
  decodeIdfs(TERM_IDF.keys.idfs, TERM_IDF.scale),
  TERM_IDF.keys.unknown,
);
