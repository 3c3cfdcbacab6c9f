/**
 * One typed array reused from call to call: `zeros(n)` gives n zeros, in the same buffer once it
 * is large enough. A typed array over 64 bytes gets its own buffer outside V8's heap, allocated
 * and freed by malloc (docs/tried.md, thirty-first pass): reusing it removes both. An array of
 * the buffer's whole length is the buffer itself; a shorter one is a view of its start.
 */
export class ArrayRoom<T extends Float64Array | Int32Array> {
  #buffer: T;
  readonly #make: (n: number) => T;
  /** The last view given out, kept while the buffer and its length stay the same. */
  #view: T;

  constructor(make: (n: number) => T) {
    this.#make = make;
    this.#buffer = make(0);
    this.#view = this.#buffer;
  }

  zeros(n: number): T {
    let buffer = this.#buffer;
    if (buffer.length < n) {
      // Doubled, so an array whose length changes from call to call is grown a few times only.
      buffer = this.#make(Math.max(n, 2 * buffer.length));
      this.#buffer = buffer;
      this.#view = buffer;
    } else {
      // A loop: TypedArray#fill is a call into the engine's C++ builtin, dearer for short arrays.
      for (let i = 0; i < n; i++) buffer[i] = 0;
    }
    if (n === buffer.length) return buffer;
    // Each view is an object of its own (a subarray call): the last one serves again.
    if (this.#view.length !== n) {
      this.#view = buffer.subarray(0, n) as T;
    }
    return this.#view;
  }
}

const float64s = () => new ArrayRoom((n) => new Float64Array(n));

/**
 * The arrays an article's beat scoring and decision are written into (tallyBeats, scoreBeatModel,
 * decideBeats). A classifier owns one, and an article's arrays are valid until its next article:
 * no array of them reaches the classification (the decision copies the numbers it shows).
 * Without a pool, each call takes a new one, so its arrays are its own (training keeps them).
 */
export class ScoringPool {
  /** The tally's per-slot sums (raw, one-word, headline, lede) and its kept shares. */
  readonly raw = float64s();
  readonly single = float64s();
  readonly headline = float64s();
  readonly lede = float64s();
  readonly kept = float64s();
  /** The tally's matches (entry indices) and their damped weights; their count is the tally's. */
  readonly matchIndices: number[] = [];
  readonly damps: number[] = [];
  /** The model's features touched (the first of this list; its count is scoreBeatModel's). */
  readonly touched: number[] = [];
  /** The model's features touched, their values (their counts first), logits and lexicon inputs. */
  readonly index = new ArrayRoom((n) => new Int32Array(n));
  readonly value = float64s();
  readonly modelLogits = float64s();
  readonly modelLexicon = float64s();
  /** The decision's lexicon evidence by class, inputs, logits, probabilities and listing scores. */
  readonly lexiconRaw = float64s();
  readonly inputs = float64s();
  readonly logits = float64s();
  readonly probabilities = float64s();
  readonly listing = float64s();
  #tallyViews: TallyViews | undefined;

  /**
   * The tally's views of its per-slot sums: each sum's beats, and raw's frames after them. They
   * are made again only when an array or the number of beats changes: a view is an object made
   * by a subarray call, five an article before.
   */
  tallyViews(
    raw: Float64Array,
    single: Float64Array,
    headline: Float64Array,
    lede: Float64Array,
    beats: number,
  ): TallyViews {
    const kept = this.#tallyViews;
    if (
      kept !== undefined &&
      kept.beats === beats &&
      kept.of[0] === raw &&
      kept.of[1] === single &&
      kept.of[2] === headline &&
      kept.of[3] === lede
    ) {
      return kept;
    }
    const views = {
      of: [raw, single, headline, lede],
      beats,
      raw: raw.subarray(0, beats),
      single: single.subarray(0, beats),
      headline: headline.subarray(0, beats),
      lede: lede.subarray(0, beats),
      frames: raw.subarray(beats),
    };
    this.#tallyViews = views;
    return views;
  }
}

/** Views of the tally's sums (ScoringPool.tallyViews). */
export interface TallyViews {
  /** The arrays viewed: raw, single, headline and lede. */
  readonly of: readonly Float64Array[];
  readonly beats: number;
  readonly raw: Float64Array;
  readonly single: Float64Array;
  readonly headline: Float64Array;
  readonly lede: Float64Array;
  readonly frames: Float64Array;
}
