import { TOPIC_DIMENSIONS } from "./topic-vectors.js";

// Paragraphs from a gap on, and just before it, whose topic vectors are compared.
const WINDOW = 3;
// Gaps of the article before this one whose lean is its own baseline: those whose windows end
// before the gap's (so none of them reads the would-be lede), the nearest this many.
const BASELINE_GAPS = 8;
// Leans kept by body index: all a gap's measure reads, back to body[g - WINDOW - BASELINE_GAPS].
const RING = 16;

/** Adds the topic vector of body[k] to `into` from `at` (TopicContext's paragraph vectors). */
export type AddVector = (k: number, into: Float64Array, at: number) => void;

/**
 * How much the paragraphs from a gap on hold together, more than with the ones before it, set
 * against the same lean at the article's own earlier gaps: the mean cosine of the topic vectors
 * of the window after, pair by pair, less the mean across the gap with the window before, less
 * that difference's mean over the article's earlier gaps. Topic vectors rather than shared words,
 * which on windows of three paragraphs were as noisy as the signal (README, afterHoldsTogether);
 * against the article's own gaps, so a story whose paragraphs hold together loosely throughout
 * is measured against itself.
 */
export class WindowLean {
  private readonly leans = new Float64Array(RING);
  private readonly leanAt = new Int32Array(RING).fill(-1);
  private readonly singles = new Float64Array(2 * WINDOW * TOPIC_DIMENSIONS);
  private bodyLength = 0;

  constructor(private readonly add: AddVector) {}

  /** Starts over on another stretch of body paragraphs. */
  reset(bodyLength: number): void {
    this.bodyLength = bodyLength;
    this.leanAt.fill(-1);
  }

  /**
   * The gap before body[g]'s lean less its article's baseline, in the article begun at
   * body[start]; NaN where the article has no earlier gap whose windows lie inside it.
   */
  measure(start: number, g: number): number {
    const here = this.lean(g);
    let baseline = 0;
    let baselines = 0;
    for (let h = g - WINDOW; h >= start + WINDOW && h > g - WINDOW - BASELINE_GAPS; h--) {
      const lean = this.lean(h);
      if (Number.isNaN(lean)) continue;
      baseline += lean;
      baselines++;
    }
    return Number.isNaN(here) || baselines === 0 ? Number.NaN : here - baseline / baselines;
  }

  /**
   * Within the window from body[h] on, less across the gap before it, by mean pairwise cosine;
   * NaN where the window after has fewer than two paragraphs. Reads body[h - WINDOW] to
   * body[h + WINDOW - 1]: the caller keeps h - WINDOW inside the article.
   */
  private lean(h: number): number {
    const slot = h % RING;
    if (this.leanAt[slot] === h) return this.leans[slot] as number;
    const after = Math.min(this.bodyLength, h + WINDOW) - h;
    let value = Number.NaN;
    if (after >= 2) {
      const v = this.singles;
      v.fill(0);
      // Slots 0..WINDOW-1 hold the window before, WINDOW.. the window after.
      for (let i = 0; i < WINDOW; i++) this.add(h - WINDOW + i, v, i * TOPIC_DIMENSIONS);
      for (let i = 0; i < after; i++) this.add(h + i, v, (WINDOW + i) * TOPIC_DIMENSIONS);
      let within = 0;
      let withinPairs = 0;
      let across = 0;
      let acrossPairs = 0;
      for (let i = WINDOW; i < WINDOW + after; i++) {
        for (let j = i + 1; j < WINDOW + after; j++) {
          const c = cosine(v, i, j);
          if (Number.isNaN(c)) continue;
          within += c;
          withinPairs++;
        }
        for (let j = 0; j < WINDOW; j++) {
          const c = cosine(v, i, j);
          if (Number.isNaN(c)) continue;
          across += c;
          acrossPairs++;
        }
      }
      if (withinPairs > 0 && acrossPairs > 0) value = within / withinPairs - across / acrossPairs;
    }
    this.leans[slot] = value;
    this.leanAt[slot] = h;
    return value;
  }
}

/** Cosine of the vectors in slots a and b of `v`; NaN where either is zero. */
function cosine(v: Float64Array, a: number, b: number): number {
  let dot = 0;
  let aa = 0;
  let bb = 0;
  const aAt = a * TOPIC_DIMENSIONS;
  const bAt = b * TOPIC_DIMENSIONS;
  for (let d = 0; d < TOPIC_DIMENSIONS; d++) {
    const x = v[aAt + d] as number;
    const y = v[bAt + d] as number;
    dot += x * y;
    aa += x * x;
    bb += y * y;
  }
  return aa === 0 || bb === 0 ? Number.NaN : dot / Math.sqrt(aa * bb);
}
