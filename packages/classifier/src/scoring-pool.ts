/**
 * One typed array reused from call to call: `zeros(n)` gives n zeros, in the same buffer once it
 * is large enough. A typed array over 64 bytes gets its own buffer outside V8's heap, allocated
 * and freed by malloc (docs/tried.md, thirty-first pass): reusing it removes both. An array of
 * the buffer's whole length is the buffer itself; a shorter one is a view of its start.
 */
export class ArrayRoom<T extends Float64Array | Int32Array> {
  #buffer: T;
  readonly #make: (n: number) => T;

  constructor(make: (n: number) => T) {
    this.#make = make;
    this.#buffer = make(0);
  }

  zeros(n: number): T {
    const buffer = this.#buffer;
    if (buffer.length < n) {
      // Doubled, so an array whose length changes from call to call is grown a few times only.
      this.#buffer = this.#make(Math.max(n, 2 * buffer.length));
      return n === this.#buffer.length ? this.#buffer : (this.#buffer.subarray(0, n) as T);
    }
    buffer.fill(0, 0, n);
    return n === buffer.length ? buffer : (buffer.subarray(0, n) as T);
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
  /** The model's feature counts, features touched, their values, logits and lexicon inputs. */
  readonly counts = float64s();
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
}
