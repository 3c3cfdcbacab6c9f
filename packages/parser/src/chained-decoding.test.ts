import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  type ChainedStart,
  chainedStarts,
  DECODED_REACH,
  DECODING_COMMIT,
  DECODING_WINDOW,
  type StretchReader,
} from "./chained-decoding.js";
import { LEARNED_LENGTH_PRIOR } from "./learned/decoder-data.js";
import { decodeStarts } from "./segment-decoder.js";
import { DEFAULT_DECODER } from "./segment-tuning.js";

const KNOBS = { minParagraphs: 3, gapWeight: 1, cutBias: 0.5 };
// With a short article's end weighed as the default decoder weighs it (it reads only that gap,
// so a start still depends on a bounded stretch).
const WITH_SHORT_END = { ...KNOBS, shortEnd: DEFAULT_DECODER.shortEnd };
const FLOOR = -2;
// What a gap's log-odds may read of the article before it, as the text's scores do (LEFT_WINDOW).
const ARTICLE_REACH = 25;

/**
 * A stretch made of numbers: each gap's log-odds, less `nearStart` where it lies within
 * ARTICLE_REACH of the article's start (the text's score reads back to it), and the gaps a
 * chosen start moves back from by one (a lede pulled back onto).
 */
interface Stretch {
  odds: number[];
  nearStart: number;
  pulls: boolean[];
}

/** The stretch's body[from..to) as a reader of its own, positions counted from `from`. */
function reader(stretch: Stretch, from = 0, to = stretch.odds.length): StretchReader {
  return {
    length: to - from,
    logOdds: (g, articleStart) => {
      const near = g - articleStart < ARTICLE_REACH ? stretch.nearStart : 0;
      const value = (stretch.odds[from + g] as number) - near;
      return value < FLOOR ? Number.NEGATIVE_INFINITY : value;
    },
    settle: (articleStart, g) =>
      stretch.pulls[from + g] && g - 1 - articleStart >= KNOBS.minParagraphs ? g - 1 : g,
  };
}

function decode(r: StretchReader): number[] {
  return at(chainedStarts(r, LEARNED_LENGTH_PRIOR, WITH_SHORT_END));
}

const at = (starts: readonly ChainedStart[]) => starts.map((s) => s.at);

/** Log-odds of gaps: high at the starts of articles of random lengths, low elsewhere, with noise. */
const stretches = fc
  .record({
    length: fc.integer({ min: 20, max: 1500 }),
    lengths: fc.array(fc.integer({ min: 3, max: 60 }), { minLength: 1, maxLength: 100 }),
    noise: fc.array(fc.double({ min: -3, max: 3, noNaN: true }), { minLength: 50, maxLength: 50 }),
    separation: fc.double({ min: -1, max: 6, noNaN: true }),
    nearStart: fc.double({ min: -1, max: 2, noNaN: true }),
    pullEvery: fc.integer({ min: 2, max: 9 }),
  })
  .map(({ length, lengths, noise, separation, nearStart, pullEvery }): Stretch => {
    // A little of an irrational sequence in every gap: no two segmentations score alike, so the
    // likeliest is one, not a tie that rounding breaks either way.
    const jitter = (g: number) => 0.01 * ((g * Math.SQRT2) % 1);
    const odds = Array.from(
      { length },
      (_, g) => -5 + 2 * (noise[(g * 7) % noise.length] as number) + jitter(g),
    );
    for (let g = 0, i = 0; g < length; i++) {
      g += lengths[i % lengths.length] as number;
      if (g < length) odds[g] = separation + (noise[g % noise.length] as number) + jitter(g);
    }
    const pulls = Array.from({ length }, (_, g) => g % pullEvery === 0);
    return { odds, nearStart, pulls };
  });

describe("chained decoding", () => {
  it("decodes a stretch begun at any of its starts as the whole does, up to the reach before its end", () => {
    fc.assert(
      fc.property(stretches, fc.nat(), fc.nat(), (stretch, pick, extra) => {
        const whole = decode(reader(stretch));
        const starts = [0, ...whole];
        const from = starts[pick % starts.length] as number;
        const to = Math.min(stretch.odds.length, from + DECODED_REACH + (extra % 400));
        const piece = decode(reader(stretch, from, to));
        const limit = to - DECODED_REACH;
        const inPiece = whole.filter((s) => s > from && s <= limit);
        const pieceStarts = piece.map((s) => s + from).filter((s) => s <= limit);
        expect(pieceStarts).toEqual(inPiece);
      }),
      { numRuns: 300 },
    );
  });

  it("chooses what decoding the whole stretch at once chooses, given a long enough window", () => {
    // With scores that read nothing of the article before them and no lede pulled back, a
    // window's first start is the whole stretch's decoding's but where near-equal choices
    // chain on past the window (two starts a few paragraphs apart, each as likely, decided by
    // where the stretch ends): DECODING_WINDOW is the shortest of these windows that chooses
    // as the whole does on these stretches.
    const plain = stretches.map((s) => ({ ...s, nearStart: 0, pulls: s.pulls.map(() => false) }));
    const samples = fc.sample(plain, { numRuns: 300, seed: 13 });
    expect(DECODING_COMMIT).toBe(DECODING_WINDOW / 2);
    const differing = (window: number) => {
      let count = 0;
      for (const stretch of samples) {
        const n = stretch.odds.length;
        const gaps: number[] = [];
        const odds: number[] = [];
        for (let g = KNOBS.minParagraphs; g <= n - KNOBS.minParagraphs; g++) {
          const value = stretch.odds[g] as number;
          if (value < FLOOR) continue;
          gaps.push(g);
          odds.push(value);
        }
        const whole = new Set(decodeStarts(n, gaps, odds, LEARNED_LENGTH_PRIOR, KNOBS));
        const chained = new Set(
          at(chainedStarts(reader(stretch), LEARNED_LENGTH_PRIOR, KNOBS, window, window / 2)),
        );
        for (const s of whole) if (!chained.has(s)) count++;
        for (const s of chained) if (!whole.has(s)) count++;
      }
      return count;
    };
    // Starts that differ from the whole decoding's, at windows of 40, 80, 120 and 160 paragraphs
    // (48, 7, 7 and 4 of these stretches' starts) and at DECODING_WINDOW (none).
    const shorter = DECODING_WINDOW - 40;
    expect(differing(shorter)).toBeGreaterThan(0);
    expect(differing(DECODING_WINDOW)).toBe(0);
  });

  it("reads no further than its reach", () => {
    expect(DECODED_REACH).toBeGreaterThan(DECODING_WINDOW);
  });
});
