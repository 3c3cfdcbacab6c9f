import type { LexicalFeatures } from "./lexical-features.js";
import { paragraphLogit, sigmoid } from "./paragraph-signals.js";

// Not yet scored: a likeness is a probability, never below 0.
const UNSCORED = -1;

/**
 * What lexicalFeatures returns: the fields its pass over the words found, and how much the
 * paragraph reads like a lede or an ending, scored by the learned models when first read. The
 * segmenter reads those only at the gaps it measures, about half of the paragraphs whose other
 * features it asks for, and each score costs nearly as much as the pass.
 */
export class LexicalRecord implements LexicalFeatures {
  words = 0;
  keys: readonly number[] = [];
  surnames: readonly number[] = [];
  titledRefs: readonly number[] = [];
  hasFullName = false;
  dayAnchor = false;
  additive = false;
  openingNoun: number | null = null;
  stems: readonly number[] = [];
  private lede = UNSCORED;
  private ending = UNSCORED;

  /** `text` is the paragraph the record is of, kept for scoring it later. */
  constructor(private readonly text: string) {}

  /** A record whose likenesses are 0, for paragraphs without prose. */
  static empty(): LexicalRecord {
    const record = new LexicalRecord("");
    record.lede = 0;
    record.ending = 0;
    return record;
  }

  get ledeLike(): number {
    if (this.lede === UNSCORED) this.lede = sigmoid(paragraphLogit("lede", this.text, this.words));
    return this.lede;
  }

  get endingLike(): number {
    if (this.ending === UNSCORED)
      this.ending = sigmoid(paragraphLogit("ending", this.text, this.words));
    return this.ending;
  }
}
