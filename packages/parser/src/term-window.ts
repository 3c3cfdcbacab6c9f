import { type LexicalFeatures, NO_LEXICAL } from "./lexical-features.js";
import { TermCounts } from "./term-counts.js";
import { TermSet } from "./term-set.js";
import type { TermKind } from "./term-store.js";

/**
 * Term counts over a run of paragraphs, body[first..end), kept up to date as the run moves
 * forward: one paragraph in and one out per gap, however long the run.
 */
export class TermWindow {
  private readonly counts = new TermCounts();
  // The run's paragraphs, oldest first from `head`, in a ring that only grows: an array that
  // dropped its first with `shift` and took the next with `push` grew its storage again at
  // every gap (a fiftieth of all a parse allocated). Empty slots hold NO_LEXICAL.
  private ring: LexicalFeatures[] = new Array<LexicalFeatures>(16).fill(NO_LEXICAL);
  private head = 0;
  private count = 0;
  // The terms of the run's first paragraph, as a set, for isCore.
  private readonly firstTerms = new TermSet();
  private firstIndexed: LexicalFeatures | undefined;
  private first = 0;
  private end = 0;

  /** A window over the paragraphs' terms of one kind (term-store.ts). */
  constructor(private readonly kind: TermKind) {}

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
    // Let the paragraphs go, as emptying the array did.
    const mask = this.ring.length - 1;
    for (let k = 0; k < this.count; k++) this.ring[(this.head + k) & mask] = NO_LEXICAL;
    this.head = 0;
    this.count = 0;
    this.first = 0;
    this.end = 0;
  }

  private add(f: LexicalFeatures): void {
    const terms = f.terms;
    const to = f.to(this.kind);
    for (let i = f.from(this.kind); i < to; i++) this.counts.add(terms[i] as number, 1);
    if (this.count === this.ring.length) this.grow();
    this.ring[(this.head + this.count) & (this.ring.length - 1)] = f;
    this.count++;
  }

  private remove(): void {
    if (this.count === 0) return;
    const f = this.ring[this.head] as LexicalFeatures;
    this.ring[this.head] = NO_LEXICAL;
    this.head = (this.head + 1) & (this.ring.length - 1);
    this.count--;
    const terms = f.terms;
    const to = f.to(this.kind);
    for (let i = f.from(this.kind); i < to; i++) this.counts.add(terms[i] as number, -1);
  }

  /** Twice the ring, its members moved to the front in order. */
  private grow(): void {
    const old = this.ring;
    const ring = new Array<LexicalFeatures>(old.length * 2).fill(NO_LEXICAL);
    for (let k = 0; k < this.count; k++)
      ring[k] = old[(this.head + k) & (old.length - 1)] as LexicalFeatures;
    this.ring = ring;
    this.head = 0;
  }

  get length(): number {
    return this.count;
  }

  has(t: number): boolean {
    return this.counts.get(t) > 0;
  }

  /** The run's core: what it used at least twice, or in its first paragraph. */
  isCore(t: number): boolean {
    const count = this.counts.get(t);
    if (count >= 2) return true;
    if (count === 0) return false;
    if (this.count === 0) return false;
    const first = this.ring[this.head] as LexicalFeatures;
    if (first !== this.firstIndexed) {
      this.firstTerms.clear();
      const to = first.to(this.kind);
      for (let i = first.from(this.kind); i < to; i++)
        this.firstTerms.add(first.terms[i] as number);
      this.firstIndexed = first;
    }
    return this.firstTerms.has(t);
  }
}
