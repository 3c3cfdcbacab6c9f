import { STEMS } from "./term-store.js";
import type { FeatureTable } from "./text-features.js";
import { addTopicVector, TOPIC_DIMENSIONS } from "./topic-vectors.js";
import { afterHoldsTogether, stretchHoldsApart } from "./window-cohesion.js";

/** The topic evidence at a gap (see TopicContext); each in [0, 1], 0 where it cannot be told. */
export interface TopicFeatures {
  /** How far the similarity of the windows across the gap falls below that of the gaps before it. */
  topicShift: number;
  /** How far the lede's likeness to the window before falls below that of the paragraphs before it. */
  ledeTopicShift: number;
  /** How deep the gap's similarity lies below the peaks on either side (TextTiling's depth). */
  topicDepth: number;
  /** How far the similarity across the gap rises above that of the gaps before it. */
  topicContinues: number;
  /** How far the lede's likeness to the window before rises above that of the paragraphs before it. */
  ledeTopicContinues: number;
  /** 1 where the others could be measured: the topic evidence's own bias. */
  topicMeasured: number;
  /** How much more the words of the window after hold together than across the gap (window-cohesion.ts). */
  afterTopicHolds: number;
  /** How much less they do. */
  afterTopicRunsOn: number;
  /**
   * Where the article before the gap is too short for the lean: how much more its paragraphs and
   * those after the gap hold together, each among themselves, than across it (window-cohesion.ts).
   */
  shortStoryHolds: number;
  /** How much less they do. */
  shortStoryRunsOn: number;
}

export const TOPIC_FEATURE_NAMES = [
  "topicShift",
  "ledeTopicShift",
  "topicDepth",
  "topicContinues",
  "ledeTopicContinues",
  "topicMeasured",
] as const;

/**
 * The topic evidence the gap models weigh: the headline evidence weighs the ones above, as they
 * are, and not the window's lean, which is measured for headless starts after long stories.
 */
export const GAP_TOPIC_FEATURE_NAMES = [
  ...TOPIC_FEATURE_NAMES,
  "afterTopicHolds",
  "afterTopicRunsOn",
  "shortStoryHolds",
  "shortStoryRunsOn",
] as const;

// Paragraphs on each side of a gap whose topic vectors are summed.
const WINDOW = 3;
// A window of fewer paragraphs says too little about its subject: the gap gets no topic evidence.
const FULL = 2;
// Gaps before this one whose similarity is the article's own baseline, and after it (the right
// side reads no further than the other gap evidence does: body[g + 3]).
const GAPS_BEFORE = 3;
// Paragraphs of the article before a gap below which its own similarities are too few to
// compare the gap's with: a short story gets no topic evidence, for or against.
export const ARTICLE_BEFORE = 6;
// Paragraphs of the article before a gap below which the words' lean is not read:
// within a few paragraphs of the article's start, the window before may hold a missed start's
// first paragraphs, and then both windows are the new story's.
export const LEAN_BEFORE = 8;
// Paragraph vectors kept: all a gap's measure reads, back to body[g - GAPS_BEFORE - WINDOW].
const RING = 16;

/**
 * Topic vectors of the paragraphs around a gap (idf-weighted sums of their stems' learned
 * vectors, topic-vectors.ts), compared as a stretch's own: a subject shared by every story of
 * one beat, or by two short stories, makes every similarity high, so each measure is relative
 * to the similarities inside the article before the gap. Nothing is read before the article's
 * start or past the gap's right window, so a piece of a dump measures a gap as the whole does.
 */
export class TopicContext {
  private body: readonly number[] = [];
  private readonly vectors = new Float32Array(RING * TOPIC_DIMENSIONS);
  private readonly holds = new Int32Array(RING).fill(-1);
  // Similarities already measured in the current article (the next gaps ask for them again):
  // at each gap, across it and of its paragraph with the window before, by body index.
  // (`across` has one entry past the ring for a similarity not kept: see similarityAt.)
  private readonly across = new Float64Array(RING + 1);
  private readonly acrossAt = new Int32Array(RING).fill(-1);
  private readonly withBefore = new Float64Array(RING);
  private readonly withBeforeAt = new Int32Array(RING).fill(-1);
  private measuredFrom = -1;
  // Window sums by their first paragraph and length (FULL or WINDOW paragraphs: a gap reads its
  // neighbour's right window cut short by its own end, and the whole one at the next gap), so
  // each is summed once: the left window of one gap is the right window of the gap three
  // before, and each gap reads the windows of its neighbours.
  private readonly windows = new Float64Array(2 * RING * TOPIC_DIMENSIONS);
  private readonly windowFrom = new Int32Array(2 * RING).fill(-1);
  // Squared norms of the vectors and window sums held (NOT_SUMMED until a cosine asks): each is
  // summed once, where every cosine summed both its vectors' again.
  private readonly vectorNorms = new Float64Array(RING);
  private readonly windowNorms = new Float64Array(2 * RING);

  /**
   * Whether the short story's lean is read (shortStoryHolds): in a dump of short stories only
   * (segment.ts), where an anecdotal lede's turn to its news, which the lean takes for a short
   * story's end, is rare; elsewhere it is 0. The training samples read it wherever it applies.
   */
  readsShortStories = false;

  constructor(private readonly table: FeatureTable) {}

  /** Starts over on another stretch of body paragraphs. */
  reset(body: readonly number[]): void {
    this.body = body;
    this.holds.fill(-1);
    this.windowFrom.fill(-1);
    this.measuredFrom = -1;
  }

  /** Fills in the topic features of the gap before body[g], in the article begun at body[start]. */
  measure(start: number, g: number, into: TopicFeatures): void {
    if (start !== this.measuredFrom) {
      this.acrossAt.fill(-1);
      this.withBeforeAt.fill(-1);
      this.measuredFrom = start;
    }
    into.topicMeasured = 0;
    into.afterTopicHolds = into.afterTopicRunsOn = 0;
    into.shortStoryHolds = into.shortStoryRunsOn = 0;
    if (this.readsShortStories && g - start < LEAN_BEFORE && !this.questionTurn(g)) {
      // A short story's own paragraphs are the only window before it there is: read whole.
      const apart = stretchHoldsApart(this.table, this.body, start, g);
      if (!Number.isNaN(apart)) {
        into.shortStoryHolds = clamp(apart);
        into.shortStoryRunsOn = clamp(-apart);
      }
    }
    if (g - start < ARTICLE_BEFORE) {
      into.topicShift = into.topicDepth = into.topicContinues = 0;
      into.ledeTopicShift = into.ledeTopicContinues = 0;
      return;
    }
    const end = Math.min(this.body.length, g + WINDOW);
    const across = this.across;
    const here = across[this.similarityAt(start, g, end)] as number;
    let baseline = 0;
    let baselines = 0;
    let leftPeak = here;
    let climbing = true;
    for (let h = g - 1; h >= g - GAPS_BEFORE && h - start >= FULL; h--) {
      const s = across[this.similarityAt(start, h, end)] as number;
      if (Number.isNaN(s)) break;
      baseline += s;
      baselines++;
      if (climbing && s > leftPeak) leftPeak = s;
      else climbing = false;
    }
    const next =
      g + 1 < end ? (across[this.similarityAt(start, g + 1, end)] as number) : Number.NaN;
    const rightPeak = Number.isNaN(next) ? here : Math.max(here, next);
    if (Number.isNaN(here) || baselines === 0) {
      into.topicShift = into.topicDepth = into.topicContinues = 0;
    } else {
      into.topicShift = clamp(baseline / baselines - here);
      into.topicContinues = clamp(here - baseline / baselines);
      into.topicDepth = clamp((leftPeak - here + (rightPeak - here)) / 2);
      into.topicMeasured = 1;
      const lean =
        g - start >= LEAN_BEFORE ? afterHoldsTogether(this.table, this.body, start, g) : Number.NaN;
      if (!Number.isNaN(lean)) {
        into.afterTopicHolds = clamp(lean);
        into.afterTopicRunsOn = clamp(-lean);
      }
    }
    const ledeShift = this.ledeShift(start, g);
    into.ledeTopicShift = clamp(ledeShift);
    into.ledeTopicContinues = clamp(-ledeShift);
  }

  /**
   * Whether a question stands on either side of the gap before body[g]: an interview's turn, where
   * a question and its answer share few words with each other and the short story's lean would
   * read a story's end (a pasted interview was split at a question).
   */
  private questionTurn(g: number): boolean {
    const asks = (k: number) =>
      k >= 0 && k < this.body.length && endsAsking(this.table.text(this.body[k] as number));
    return asks(g - 1) || asks(g);
  }

  /** The lede's likeness to the window before it, below that of the two paragraphs before it. */
  private ledeShift(start: number, g: number): number {
    const withBefore = this.withBefore;
    const lede = withBefore[this.ledeLikenessAt(start, g)] as number;
    if (Number.isNaN(lede)) return 0;
    let baseline = 0;
    let baselines = 0;
    for (let k = g - 1; k >= g - 2 && k - start >= FULL; k--) {
      const s = withBefore[this.ledeLikenessAt(start, k)] as number;
      if (Number.isNaN(s)) continue;
      baseline += s;
      baselines++;
    }
    return baselines === 0 ? 0 : baseline / baselines - lede;
  }

  /**
   * Where in `withBefore` the cosine of body[k] with the window before it lies (NaN when that
   * says too little): an index, as in similarityAt.
   */
  private ledeLikenessAt(start: number, k: number): number {
    const slot = k % RING;
    if (this.withBeforeAt[slot] === k) return slot;
    const left = this.windowSum(Math.max(start, k - WINDOW), k);
    if (left >= 0) this.likenessToWindow(left, k);
    else this.withBefore[slot] = Number.NaN;
    this.withBeforeAt[slot] = k;
    return slot;
  }

  /**
   * The cosine of body[k]'s vector with the window sum at `left` in `windows`, into
   * withBefore[k % RING]. A method of its own, apart from ledeLikenessAt, which V8 inlines in
   * `measure`: there the norms, dot product and cosine were calls it did not inline, and each
   * double they returned was a new heap number.
   */
  private likenessToWindow(left: number, k: number): void {
    // The vector's ring slot is the same as the paragraph's slot here.
    const slot = k % RING;
    const at = this.vector(k);
    if (this.vectorNorms[slot] === NOT_SUMMED)
      this.vectorNorms[slot] = squaredNorm(this.vectors, at);
    const windowNorm = this.windowNorm(left);
    const dot = dotProduct(this.windows, left, this.vectors, at);
    this.withBefore[slot] = cosine(dot, windowNorm, this.vectorNorms[slot] as number);
  }

  /**
   * Where in `across` the cosine of the windows either side of the gap before body[h] lies (the
   * right one ending by `end`; NaN when they say too little): its ring slot, or NOT_KEPT where
   * `end` cut the right window short, read before the next call. An index, not the cosine: V8
   * does not inline this in `measure`, and a double it returned was a new heap number each call.
   */
  private similarityAt(start: number, h: number, end: number): number {
    const to = Math.min(end, h + WINDOW);
    // Kept only where `end` did not cut the right window short.
    const whole = to === Math.min(this.body.length, h + WINDOW);
    const slot = whole ? h % RING : NOT_KEPT;
    if (whole && this.acrossAt[slot] === h) return slot;
    let value = Number.NaN;
    const left = this.windowSum(Math.max(start, h - WINDOW), h);
    const right = left < 0 ? -1 : this.windowSum(h, to);
    if (right >= 0) {
      const dot = dotProduct(this.windows, left, this.windows, right);
      value = cosine(dot, this.windowNorm(left), this.windowNorm(right));
    }
    this.across[slot] = value;
    if (whole) this.acrossAt[slot] = h;
    return slot;
  }

  /**
   * Where in `windows` the sum of the vectors of body[from..to) lies, summed in order from 0 so
   * a kept sum is the number a new one would be; -1 when fewer than FULL paragraphs. A window of
   * WINDOW paragraphs is its first FULL's sum plus the last vector: the same additions in order.
   */
  private windowSum(from: number, to: number): number {
    const length = to - from;
    if (length < FULL) return -1;
    const slot = (from % RING) * 2 + (length - FULL);
    const offset = slot * TOPIC_DIMENSIONS;
    if (this.windowFrom[slot] === from) return offset;
    // 0 + x is x for every vector entry (never -0: a sum of nonzero entries that cancels is
    // +0), so a FULL window's two vectors' sum is written at once, not added to a zeroed window
    // (FULL is 2 and WINDOW is FULL + 1: a change to either must change these two sums).
    const windows = this.windows;
    const vectors = this.vectors;
    if (length === FULL) {
      const a = this.vector(from);
      const b = this.vector(from + 1);
      for (let d = 0; d < TOPIC_DIMENSIONS; d++)
        windows[offset + d] = (vectors[a + d] as number) + (vectors[b + d] as number);
    } else {
      const head = this.windowSum(from, from + FULL);
      const c = this.vector(from + FULL);
      for (let d = 0; d < TOPIC_DIMENSIONS; d++)
        windows[offset + d] = (windows[head + d] as number) + (vectors[c + d] as number);
    }
    this.windowFrom[slot] = from;
    this.windowNorms[slot] = NOT_SUMMED;
    return offset;
  }

  /** The squared norm of the window sum at `offset` in `windows`. */
  private windowNorm(offset: number): number {
    const slot = offset / TOPIC_DIMENSIONS;
    if (this.windowNorms[slot] === NOT_SUMMED)
      this.windowNorms[slot] = squaredNorm(this.windows, offset);
    return this.windowNorms[slot] as number;
  }

  /** Where in `vectors` body[k]'s topic vector lies, summed if the ring does not hold it. */
  private vector(k: number): number {
    const slot = k % RING;
    const offset = slot * TOPIC_DIMENSIONS;
    if (this.holds[slot] !== k) {
      // Written over what the slot held, not added to it.
      const f = this.table.lexical(this.body[k] as number);
      addTopicVector(f.terms, f.from(STEMS), f.to(STEMS), this.vectors, offset, true);
      this.holds[slot] = k;
      this.vectorNorms[slot] = NOT_SUMMED;
    }
    return offset;
  }
}

// The entry of TopicContext's `across` past its ring: a similarity not kept.
const NOT_KEPT = RING;
// A squared norm not summed yet: a norm is never negative.
const NOT_SUMMED = -1;

/** Sum of x * x over the TOPIC_DIMENSIONS entries of a from `at`, in order. */
function squaredNorm(a: Float32Array | Float64Array, at: number): number {
  let sum = 0;
  for (let d = 0; d < TOPIC_DIMENSIONS; d++) {
    const x = a[at + d] as number;
    sum += x * x;
  }
  return sum;
}

/** Sum of x * y over the entries of a from aAt and b from bAt, in order. */
function dotProduct(
  a: Float64Array,
  aAt: number,
  b: Float32Array | Float64Array,
  bAt: number,
): number {
  let dot = 0;
  for (let d = 0; d < TOPIC_DIMENSIONS; d++) dot += (a[aAt + d] as number) * (b[bAt + d] as number);
  return dot;
}

/**
 * Cosine of two vectors from their dot product and squared norms (each summed in order, as one
 * loop over both summed them); NaN where either is zero.
 */
function cosine(dot: number, aa: number, bb: number): number {
  return aa === 0 || bb === 0 ? Number.NaN : dot / Math.sqrt(aa * bb);
}

function clamp(x: number): number {
  return Math.min(1, Math.max(0, x));
}

/** Whether a paragraph ends on a question mark (a closing quote or bracket after it allowed). */
export function endsAsking(text: string): boolean {
  return /\?["'\u201d\u2019)\]]*\s*$/.test(text);
}
