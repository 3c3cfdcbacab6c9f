import type { LexicalFeatures } from "./lexical-features.js";

/** Which of a lexical record's four term lists (LexicalFeatures.terms). */
export const KEYS = 0;
export const SURNAMES = 1;
export const TITLED_REFS = 2;
export const STEMS = 3;
export type TermKind = typeof KEYS | typeof SURNAMES | typeof TITLED_REFS | typeof STEMS;

// Ids a chunk holds: 256 KB, some 200 paragraphs' terms.
const CHUNK = 1 << 16;

/**
 * Where lexical records keep their term lists: chunks of ids filled in order and never written
 * again, each let go when no record holds it any more (records are let go a piece at a time). A
 * record's four lists stand one after another in one chunk. Four arrays copied out of every
 * paragraph's pass were a ninth of what a parse allocated, and were copied again by each
 * collection a record survived; a chunk's ids live outside the collected heap.
 */
export class TermStore {
  chunk = new Int32Array(CHUNK);
  next = 0;

  /** Makes room for `count` more ids in `chunk` from `next`: a new chunk if the current is full. */
  reserve(count: number): void {
    if (this.next + count <= this.chunk.length) return;
    this.chunk = new Int32Array(Math.max(CHUNK, count));
    this.next = 0;
  }
}

/** A copy of one of the record's term lists, for code that wants an array (tools, tests). */
export function termsOf(f: LexicalFeatures, kind: TermKind): number[] {
  return Array.from(f.terms.subarray(f.from(kind), f.to(kind)));
}

/** How many ids one of the record's term lists holds. */
export function termCount(f: LexicalFeatures, kind: TermKind): number {
  return f.to(kind) - f.from(kind);
}
