import { hardNewsCues } from "./hard-news-cues.js";
import { hasDayAnchor, openingNounOf } from "./lede-cues.js";
import type { LexicalFeatures } from "./lexical-features.js";
import { paragraphLogit, sigmoid } from "./paragraph-signals.js";
import { KEYS, SURNAMES, type TermKind, TITLED_REFS } from "./term-store.js";

// The terms of a record without any: every list empty.
const NO_TERMS = new Int32Array(0);

// Not yet scored: a likeness is a probability, never below 0.
const UNSCORED = -1;
// Not yet looked for (a boolean as 0 or 1, a stem id: stemId's -1 included), and no noun.
const UNKNOWN = -2;
const NO_NOUN = -3;

/**
 * What lexicalFeatures returns: the fields its pass over the words found (the lede model's
 * score among them, lede-score.ts), and the costlier cues of a lede or an ending, found when
 * first read: how much the paragraph reads like an ending (scored by the learned model),
 * whether its first sentence says when, and its opening noun. The segmenter reads those only at
 * the gaps it measures, about half of the paragraphs whose other features it asks for, and the
 * ending's score costs nearly as much as the pass.
 */
export class LexicalRecord implements LexicalFeatures {
  words = 0;
  terms: Int32Array = NO_TERMS;
  // Where each list starts in `terms`, and where the last ends (set by placeTerms).
  private keysFrom = 0;
  private surnamesFrom = 0;
  private titledFrom = 0;
  private stemsFrom = 0;
  private stemsTo = 0;
  hasFullName = false;
  additive = false;
  private readonly lede: number;
  private ending = UNSCORED;
  private anchored = UNKNOWN;
  private noun = UNKNOWN;
  private cues = UNKNOWN;

  /**
   * `text` is the paragraph the record is of, kept for finding the rest later; its first
   * sentence ends at `firstSentenceEnd` (-1: it runs to the end). `ledeLogit` is the lede
   * model's log-odds of it, summed on the lexical pass (lede-score.ts).
   */
  constructor(
    private readonly text: string,
    private readonly firstSentenceEnd: number,
    ledeLogit: number,
  ) {
    this.lede = sigmoid(ledeLogit);
  }

  /** A record with nothing in it, for paragraphs without prose. */
  static empty(): LexicalRecord {
    // A lede-likeness of 0: the log-odds whose sigmoid is 0.
    const record = new LexicalRecord("", -1, Number.NEGATIVE_INFINITY);
    record.ending = 0;
    record.anchored = 0;
    record.noun = NO_NOUN;
    record.cues = 0;
    return record;
  }

  /**
   * Points the record at its lists in `terms`: keys from `keysFrom`, then surnames, titled
   * references and stems, each starting where the one before ends, the last ending at `end`.
   */
  placeTerms(
    terms: Int32Array,
    keysFrom: number,
    surnamesFrom: number,
    titledFrom: number,
    stemsFrom: number,
    end: number,
  ): void {
    this.terms = terms;
    this.keysFrom = keysFrom;
    this.surnamesFrom = surnamesFrom;
    this.titledFrom = titledFrom;
    this.stemsFrom = stemsFrom;
    this.stemsTo = end;
  }

  from(kind: TermKind): number {
    if (kind === KEYS) return this.keysFrom;
    if (kind === SURNAMES) return this.surnamesFrom;
    return kind === TITLED_REFS ? this.titledFrom : this.stemsFrom;
  }

  to(kind: TermKind): number {
    if (kind === KEYS) return this.surnamesFrom;
    if (kind === SURNAMES) return this.titledFrom;
    return kind === TITLED_REFS ? this.stemsFrom : this.stemsTo;
  }

  get dayAnchor(): boolean {
    if (this.anchored === UNKNOWN)
      this.anchored = hasDayAnchor(this.text, this.firstSentenceEnd) ? 1 : 0;
    return this.anchored === 1;
  }

  get openingNoun(): number | null {
    if (this.noun === UNKNOWN) this.noun = openingNounOf(this.text) ?? NO_NOUN;
    return this.noun === NO_NOUN ? null : this.noun;
  }

  get hardNewsCues(): number {
    if (this.cues === UNKNOWN) this.cues = hardNewsCues(this.text, this.firstSentenceEnd);
    return this.cues;
  }

  get ledeLike(): number {
    return this.lede;
  }

  // Small enough (V8's "small function", at most 27 bytes of bytecode) to be inlined wherever it
  // is read: a getter that also scored the ending was not inlined in the gap scorers, and a
  // double it returned was a new heap number each read. `< 0` is UNSCORED (a likeness never is)
  // in fewer bytes than the comparison with the constant.
  get endingLike(): number {
    if (this.ending < 0) this.scoreEnding();
    return this.ending;
  }

  private scoreEnding(): void {
    this.ending = sigmoid(paragraphLogit("ending", this.text, this.words));
  }
}
