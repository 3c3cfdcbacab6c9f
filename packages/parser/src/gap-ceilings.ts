import type { GapScorer } from "./gap-scorer.js";
import type { FeatureTable, ParagraphFeatures } from "./text-features.js";

/**
 * The gaps' ceilings (GapScorer.ceiling) in one reading of a dump, by paragraph: the decoder
 * bounds a gap again under each article start it tries, and the gap-by-gap scan again as it
 * looks ahead. Kept in a Float64Array, as the ceiling writes it: a number returned from a call
 * that is not inlined is a new heap object, one per gap bounded.
 */
export class GapCeilings {
  private values = new Float64Array(0);
  // The paragraph before each kept ceiling's, plus one (0: none), or -1 where none is kept.
  private after = new Int32Array(0);
  private scorer: GapScorer | null = null;

  constructor(private readonly table: FeatureTable) {}

  /** The ceiling of the gap before paragraph `at` under `scorer`, after `previous` (-1: none). */
  of(scorer: GapScorer, at: number, previous: number): number {
    if (scorer !== this.scorer) this.keepFor(scorer);
    if (this.after[at] !== previous + 1) {
      const table = this.table;
      scorer.ceiling(
        this.values,
        at,
        table.paragraphs[at] as ParagraphFeatures,
        table.lexical(at),
        previous < 0 ? null : table.lexical(previous),
      );
      this.after[at] = previous + 1;
    }
    return this.values[at] as number;
  }

  /** Forgets the ceilings kept under another scorer (a stretch's tuning may carry its own). */
  private keepFor(scorer: GapScorer): void {
    const n = this.table.paragraphs.length;
    if (this.values.length < n) {
      this.values = new Float64Array(n);
      this.after = new Int32Array(n);
    }
    this.after.fill(-1);
    this.scorer = scorer;
  }
}
