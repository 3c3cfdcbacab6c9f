import type { GapFeatures } from "./gap-features.js";
import { HeadGap } from "./head-gap.js";
import { TermSet } from "./term-set.js";
import { KEYS, STEMS, type TermKind } from "./term-store.js";
import type { FeatureTable } from "./text-features.js";

const CAST_WINDOW = 25;
// The paragraphs whose vocabulary a subhead's next paragraph carries on.
const WORDS_WINDOW = 4;

/**
 * Who the article before a would-be subhead names (its last CAST_WINDOW paragraphs) and its
 * recent words, each gathered when first asked for: most are settled before either is needed,
 * and the paragraphs' lexical features are then made later, a stretch at a time.
 */
export class ArticleSoFar {
  private readonly cast = new TermsBefore(CAST_WINDOW, KEYS);
  private readonly recent = new TermsBefore(WORDS_WINDOW, STEMS);
  private start = 0;
  private end = 0;
  private gap: HeadGap | null = null;

  constructor(private readonly table: FeatureTable) {}

  /** The article's first paragraph. */
  get first(): number {
    return this.start;
  }

  /** Points at the article begun at paragraph `start`, as it stands before paragraph `end`. */
  reset(start: number, end: number): void {
    this.start = start;
    this.end = end;
    this.cast.forget();
    this.recent.forget();
  }

  names(): TermSet {
    return this.cast.of(this.table, this.start, this.end);
  }

  words(): TermSet {
    return this.recent.of(this.table, this.start, this.end);
  }

  /** The gap evidence across the line at h, with paragraph k under it (head-gap.ts). */
  gapAcross(h: number, k: number): GapFeatures {
    this.gap ??= new HeadGap(this.table);
    return this.gap.across(this.start, h, k);
  }
}

/** The terms of the last few paragraphs before a point, gathered once when first asked for. */
class TermsBefore {
  private readonly terms = new TermSet();
  private gathered = false;

  constructor(
    private readonly window: number,
    private readonly kind: TermKind,
  ) {}

  forget(): void {
    this.gathered = false;
  }

  /** The terms of paragraphs max(start, end - window)..end - 1. */
  of(table: FeatureTable, start: number, end: number): TermSet {
    if (!this.gathered) {
      this.terms.clear();
      for (let k = Math.max(start, end - this.window); k < end; k++) {
        const f = table.lexical(k);
        const to = f.to(this.kind);
        for (let i = f.from(this.kind); i < to; i++) this.terms.add(f.terms[i] as number);
      }
      this.gathered = true;
    }
    return this.terms;
  }
}
