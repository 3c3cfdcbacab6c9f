import type { LexicalFeatures } from "./lexical-features.js";
import { TermCounts } from "./term-counts.js";
import { TermSet } from "./term-set.js";

export const keysOf = (f: LexicalFeatures) => f.keys;
export const stemsOf = (f: LexicalFeatures) => f.stems;

/**
 * Term counts over a run of paragraphs, body[first..end), kept up to date as the run moves
 * forward: one paragraph in and one out per gap, however long the run.
 */
export class TermWindow {
  private readonly counts = new TermCounts();
  private readonly members: LexicalFeatures[] = [];
  // The terms of members[0], as a set, for isCore.
  private readonly firstTerms = new TermSet();
  private firstIndexed: LexicalFeatures | undefined;
  private first = 0;
  private end = 0;

  constructor(private readonly terms: (f: LexicalFeatures) => readonly number[]) {}

  /** Makes the run body[from..to), keeping what it already holds of that. */
  cover(from: number, to: number, at: (k: number) => LexicalFeatures): void {
    // Runs only move forward within a stretch; anything else starts over.
    if (from < this.first || to < this.end || from >= this.end) {
      this.clear();
      this.first = from;
      this.end = from;
    }
    for (; this.first < from; this.first++) this.remove();
    for (; this.end < to; this.end++) this.add(at(this.end));
  }

  clear(): void {
    this.counts.clear();
    this.members.length = 0;
    this.first = 0;
    this.end = 0;
  }

  private add(f: LexicalFeatures): void {
    const terms = this.terms(f);
    for (let i = 0; i < terms.length; i++) this.counts.add(terms[i] as number, 1);
    this.members.push(f);
  }

  private remove(): void {
    const f = this.members.shift();
    if (f === undefined) return;
    const terms = this.terms(f);
    for (let i = 0; i < terms.length; i++) this.counts.add(terms[i] as number, -1);
  }

  get length(): number {
    return this.members.length;
  }

  has(t: number): boolean {
    return this.counts.get(t) > 0;
  }

  /** The run's core: what it used at least twice, or in its first paragraph. */
  isCore(t: number): boolean {
    const count = this.counts.get(t);
    if (count >= 2) return true;
    if (count === 0) return false;
    const first = this.members[0];
    if (first === undefined) return false;
    if (first !== this.firstIndexed) {
      this.firstTerms.clear();
      for (const term of this.terms(first)) this.firstTerms.add(term);
      this.firstIndexed = first;
    }
    return this.firstTerms.has(t);
  }
}
