import { describe, expect, it } from "vitest";
import { isBriefsRun } from "./briefs-run.js";
import { decodeStarts, type LengthPrior } from "./segment-decoder.js";

const run = { length: 5, boundaries: 1.5, bonus: 3, fewest: 2 };

describe("isBriefsRun", () => {
  it("reads a window whose gaps promise a boundary every few paragraphs as briefs", () => {
    // Three even-odds gaps and a sure one in twelve paragraphs: 2.5 boundaries, 3.4 an article.
    expect(isBriefsRun(0, 12, [0, 0, 0, 9], run)).toBe(true);
    // One sure gap in forty paragraphs: whole articles.
    expect(isBriefsRun(0, 40, [9, -3, -3], run)).toBe(false);
  });

  it("does not take a window's last short article alone for a run", () => {
    expect(isBriefsRun(0, 4, [0], run)).toBe(false);
  });
});

describe("decoding a run of briefs", () => {
  // Lengths alike: only the gaps' evidence and the knobs decide.
  const flat: LengthPrior = {
    logLength: [Number.NEGATIVE_INFINITY, ...Array.from({ length: 20 }, () => Math.log(0.05))],
    logTail: Math.log(0.9),
    baseLogOdds: 0,
  };
  const knobs = { minParagraphs: 3, gapWeight: 1, cutBias: 0 };

  it("cuts middling gaps more freely, and stories of two paragraphs, in a run", () => {
    const gaps = [2, 5, 8];
    const odds = [1, 3.5, 1];
    expect(decodeStarts(12, gaps, odds, flat, knobs)).toEqual([5]);
    expect(decodeStarts(12, gaps, odds, flat, { ...knobs, run })).toEqual([2, 5, 8]);
  });

  it("leaves whole articles' middling gaps alone", () => {
    expect(decodeStarts(40, [10, 20, 30], [1, 3.5, 1], flat, { ...knobs, run })).toEqual([20]);
  });
});
