/**
 * What the decoder knows of articles: how long they run, and how often a gap is a boundary in
 * the material the gap probabilities were calibrated on (learned by corpus/train-decoder.ts).
 */
export interface LengthPrior {
  /** log P(an article has `len` body paragraphs), for len = 1..logLength.length; index 0 unused. */
  logLength: readonly number[];
  /** log of the chance an article longer than the table runs one paragraph more (a geometric tail). */
  logTail: number;
  /** Log-odds of a boundary at a gap in the calibration material: the rate the prior replaces. */
  baseLogOdds: number;
}

/** Knobs of the decoding, chosen for boundary F1 on the validation fold (corpus/sweep-tuning.ts). */
export interface DecoderKnobs {
  /** Fewest paragraphs an article found from the text alone may have. */
  minParagraphs: number;
  /** How much a gap's evidence counts against the length prior (1: as probabilities say). */
  gapWeight: number;
  /** Added for each start chosen: F1 weighs a missed and a false start alike, the odds do not. */
  cutBias: number;
  /** What an article shorter than the corpus's commonest length asks of the gap that ends it. */
  shortEnd?: ShortEnd;
  /**
   * Where stories shorter than `minParagraphs` are decoded (ShortDumps): a story of fewer than
   * `paragraphs` begins at a gap of calibrated log-odds `logOdds` or more, or at the window's origin.
   */
  shortStart?: { paragraphs: number; logOdds: number };
}

/**
 * The length prior holds short stories as likely as the commonest length (wire copy runs four
 * to eight paragraphs, the corpus's articles longer), so the decoder cut a long article a few
 * paragraphs in wherever one middling gap stood there. A story of fewer than `paragraphs` body
 * paragraphs ends only at a gap whose calibrated log-odds reach `logOdds`, or where the next
 * one opens on a line that reads as a headline, or pays `penalty` nats: a wire story's end is a
 * plain break, a long story's turn is not. `startOdds` asks the same of the gap it begins at.
 */
export interface ShortEnd {
  paragraphs: number;
  logOdds: number;
  penalty: number;
  /**
   * The same asked of the gap such a story begins at (unless it opens on a line that reads as a
   * headline): a long story's last few paragraphs cut off at a weak gap make a short story that
   * ends at the next story's sure start, which the end's bar never sees.
   */
  startOdds?: number;
}

/** The decoder's knobs as a tuning gives them, and the calibrated log-odds below which a gap is never a start. */
export interface DecoderTuning extends Omit<DecoderKnobs, "minParagraphs"> {
  /** Gaps below it are not measured in full, which spares most of the segmenter's work. */
  floor: number;
  /** Stretches of fewer body paragraphs are judged gap by gap (see DEFAULT_DECODER). */
  minStretch: number;
  /** Fewest body paragraphs of a decoded article, in place of the tuning's (ShortDumps). */
  fewest?: number;
  /** The length prior in place of the learned one: the dump's own (dump-length-prior.ts). */
  prior?: LengthPrior;
  /**
   * The stretches' gaps read with the short stories' gap model (decoder-gap-models.ts): set for a
   * dump whose stories run as short as briefs (ShortStoriesModel).
   */
  shortStoryGaps?: boolean;
}

/**
 * A decoder tuning with every field present, always in this order, so that each one read has a
 * single shape behind it (spreads of tunings that differ in their fields made the decoder's
 * reads megamorphic: V8's `--log-ic`, docs/tried.md).
 */
export function decoderTuning(fields: DecoderTuning): DecoderTuning {
  const every: EveryField<DecoderTuning> = {
    gapWeight: fields.gapWeight,
    cutBias: fields.cutBias,
    shortEnd: fields.shortEnd,
    shortStart: fields.shortStart,
    floor: fields.floor,
    minStretch: fields.minStretch,
    fewest: fields.fewest,
    prior: fields.prior,
    shortStoryGaps: fields.shortStoryGaps,
  };
  return every;
}

/**
 * T with each optional field still present (its value may be undefined): a factory that leaves a
 * field out does not compile.
 */
export type EveryField<T> = { [K in keyof Required<T>]: T[K] };

/** The knobs a stretch is decoded with: its tuning's, and its fewest paragraphs; one shape. */
export function decoderKnobs(decoder: DecoderTuning, minParagraphs: number): DecoderKnobs {
  const every: EveryField<DecoderKnobs> = {
    minParagraphs,
    gapWeight: decoder.gapWeight,
    cutBias: decoder.cutBias,
    shortEnd: decoder.shortEnd,
    shortStart: decoder.shortStart,
  };
  return every;
}

const NO_WEAK_STARTS = new Uint8Array(0);

/** log P(len) under the prior, the tail extending the table geometrically. */
export function logLengthPrior(prior: LengthPrior, len: number): number {
  const table = prior.logLength;
  const longest = table.length - 1;
  if (len <= longest) return table[len] as number;
  return (table[longest] as number) + (len - longest) * prior.logTail;
}

/**
 * log P(an article runs `len` paragraphs or more), for an article still open where a window
 * ends: the table summed from `len` on, plus its geometric tail. Tables of a prior, made once.
 */
const survivals = new WeakMap<LengthPrior, Float64Array>();

function survivalTable(prior: LengthPrior): Float64Array {
  const known = survivals.get(prior);
  if (known !== undefined) return known;
  const table = prior.logLength;
  const longest = table.length - 1;
  const ratio = Math.exp(prior.logTail);
  let sum = Math.exp(table[longest] as number) * (ratio / (1 - ratio));
  const out = new Float64Array(longest + 1);
  for (let len = longest; len >= 1; len--) {
    sum += Math.exp(table[len] as number);
    out[len] = Math.log(sum);
  }
  survivals.set(prior, out);
  return out;
}

/**
 * The stretch of a run a decoding sees: articles begin at `origin` (a sure start, or where
 * the article open at the window's start began) and the last one ends at `end`, where the run
 * ends, or where the window does (`open`): the article there runs on by an unknown length.
 */
export interface DecodingWindow {
  origin: number;
  end: number;
  open: boolean;
}

/**
 * The starts that make the likeliest segmentation of a run of `n` paragraphs between two sure
 * starts (semi-Markov decoding): the sum over chosen gaps of their log-odds, less the base rate
 * (what the gap model knows beyond how often boundaries come), plus log P(length) of each
 * article the starts make. Only `gaps` (ascending positions in 1..n-1, with the calibrated
 * log-odds of a boundary before each) may be chosen; every other gap is taken as none.
 *
 * Time is linear in n: an article longer than the prior's table is scored by its geometric
 * tail, whose best start is kept as a running maximum, so each gap looks back over at most
 * the table's length.
 */
export function decodeStarts(
  n: number,
  gaps: readonly number[],
  logOdds: readonly number[],
  prior: LengthPrior,
  knobs: DecoderKnobs,
): number[] {
  return decodeWindow({ origin: 0, end: n, open: false }, gaps, logOdds, prior, knobs);
}

/**
 * decodeStarts of the paragraphs from `window.origin` to `window.end`, the gaps all between
 * them; where the window is open, its last article is scored by the chance it runs at least
 * as far as the window's end, not by its length.
 */
export function decodeWindow(
  window: DecodingWindow,
  gaps: readonly number[],
  logOdds: readonly number[],
  prior: LengthPrior,
  knobs: DecoderKnobs,
  plainEnds: readonly boolean[] = [],
): number[] {
  if (gaps.length === 0) return [];
  const longest = prior.logLength.length - 1;
  const min = knobs.minParagraphs;
  // Node 0 is the window's origin; node k is gaps[k - 1].
  const count = gaps.length + 1;
  const at = (k: number) => (k === 0 ? window.origin : (gaps[k - 1] as number));
  const best = new Float64Array(count);
  const back = new Int32Array(count);
  // Nodes before `folded` lie too far back for the table: the best of them to start an article
  // in the tail, as best - position * logTail, and which it is.
  let folded = 0;
  let farBest = Number.NEGATIVE_INFINITY;
  let farNode = -1;
  const tailBase = (prior.logLength[longest] as number) - longest * prior.logTail;
  // The best way to end an article at `position`: its value and the node it started at. An
  // open article is scored by its survival, past the table by the tail's (the tail's sum).
  let bestValue = 0;
  let bestFrom = -1;
  // Articles shorter than this pay the short-end penalty where the gap ending them is weak.
  const shortEnd = knobs.shortEnd;
  const shortStart = knobs.shortStart;
  // Nodes whose gap is a weak start for a short story (ShortEnd.startOdds); the origin never is.
  const startOdds = shortEnd?.startOdds;
  const weakStartShort = startOdds === undefined ? 0 : (shortEnd as ShortEnd).paragraphs;
  const weakStarts = startOdds === undefined ? NO_WEAK_STARTS : new Uint8Array(count);
  if (startOdds !== undefined)
    for (let k = 1; k < count; k++)
      weakStarts[k] = !plainEnds[k - 1] && (logOdds[k - 1] as number) < startOdds ? 1 : 0;
  const bestEndingAt = (position: number, before: number, open: boolean, endOdds: number) => {
    const lengths = open ? survivalTable(prior) : prior.logLength;
    const shortest = open ? 1 : min;
    const weakShort =
      shortEnd !== undefined && endOdds < shortEnd.logOdds ? shortEnd.paragraphs : 0;
    // An open article runs on past the window: its length is not yet known to be short.
    const startShort = open ? 0 : weakStartShort;
    bestValue = Number.NEGATIVE_INFINITY;
    bestFrom = -1;
    for (let k = before - 1; k >= folded; k--) {
      const len = position - at(k);
      if (len < shortest) continue;
      if (
        shortStart !== undefined &&
        len < shortStart.paragraphs &&
        k > 0 &&
        (logOdds[k - 1] as number) < shortStart.logOdds
      )
        continue;
      let v = (best[k] as number) + (lengths[len] as number);
      if (len < weakShort || (len < startShort && weakStarts[k] === 1))
        v -= (shortEnd as ShortEnd).penalty;
      if (v > bestValue) [bestValue, bestFrom] = [v, k];
    }
    if (farNode >= 0) {
      const tailSum = open ? -Math.log1p(-Math.exp(prior.logTail)) : 0;
      const v = farBest + position * prior.logTail + tailBase + tailSum;
      if (v > bestValue) [bestValue, bestFrom] = [v, farNode];
    }
  };
  const fold = (position: number, upTo: number) => {
    while (folded < upTo && position - at(folded) > longest) {
      const v = (best[folded] as number) - at(folded) * prior.logTail;
      if (v > farBest) [farBest, farNode] = [v, folded];
      folded++;
    }
  };
  for (let k = 1; k < count; k++) {
    fold(at(k), k);
    const endOdds = plainEnds[k - 1] ? Number.POSITIVE_INFINITY : (logOdds[k - 1] as number);
    bestEndingAt(at(k), k, false, endOdds);
    const evidence = knobs.gapWeight * ((logOdds[k - 1] as number) - prior.baseLogOdds);
    best[k] = bestValue + evidence + knobs.cutBias;
    back[k] = bestFrom;
  }
  // The window's end closes the last article, or leaves it open.
  fold(window.end, count);
  // A sure start (or the run's end) closes the last article: no weak gap ends it.
  bestEndingAt(window.end, count, window.open, Number.POSITIVE_INFINITY);
  const starts: number[] = [];
  for (let k = bestFrom; k > 0; k = back[k] as number) starts.push(at(k));
  return starts.reverse();
}
