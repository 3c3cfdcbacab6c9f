import { describe, expect, it } from "vitest";
import { decodeStarts, decodeWindow, type LengthPrior, logLengthPrior } from "./segment-decoder.js";

// Articles of five paragraphs are likeliest; the table runs to ten, then a geometric tail.
function prior(mode: number, longest = 10): LengthPrior {
  const logLength = [Number.NEGATIVE_INFINITY];
  for (let len = 1; len <= longest; len++)
    logLength.push(len === mode ? Math.log(0.5) : Math.log(0.05));
  return { logLength, logTail: Math.log(0.9), baseLogOdds: 0 };
}

const knobs = { minParagraphs: 2, gapWeight: 1, cutBias: 0 };

describe("decodeStarts", () => {
  it("chooses no start where no gap may be one", () => {
    expect(decodeStarts(20, [], [], prior(5), knobs)).toEqual([]);
  });

  it("lets the lengths decide between gaps the text finds alike", () => {
    expect(decodeStarts(10, [3, 5, 7], [0, 0, 0], prior(5), knobs)).toEqual([5]);
  });

  it("takes a start the text is sure of against the lengths", () => {
    expect(decodeStarts(10, [3, 5, 7], [0, 0, 9], prior(5), knobs)).toEqual([7]);
  });

  it("keeps no start the text is sure is none", () => {
    expect(decodeStarts(10, [5], [-9], prior(5), knobs)).toEqual([]);
  });

  it("makes no article shorter than the fewest paragraphs", () => {
    const starts = decodeStarts(10, [1, 5, 9], [9, 0, 9], prior(5), { ...knobs, minParagraphs: 2 });
    const edges = [0, ...starts, 10];
    for (let i = 1; i < edges.length; i++)
      expect((edges[i] as number) - (edges[i - 1] as number)).toBeGreaterThanOrEqual(2);
  });

  it("scores articles longer than the table by its tail", () => {
    const p = prior(5);
    expect(logLengthPrior(p, 12)).toBeCloseTo(Math.log(0.05) + 2 * Math.log(0.9));
    // A run of a thousand paragraphs with one sure start far past the table's reach.
    expect(decodeStarts(1000, [500], [12], p, knobs)).toEqual([500]);
  });

  it("leaves the last article of an open window to run on past its end", () => {
    // Seven paragraphs: five and two are unlikely lengths, but an article of five and one of
    // at least two (it may run on) are likelier than one of seven or more.
    const window = { origin: 0, end: 7 };
    const args = [[5], [0], prior(5), knobs] as const;
    expect(decodeWindow({ ...window, open: false }, ...args)).toEqual([]);
    expect(decodeWindow({ ...window, open: true }, ...args)).toEqual([5]);
  });

  it("decodes from a window's origin as from a run's start", () => {
    const gaps = [3, 5, 7];
    const odds = [0, 0, 9];
    const shifted = decodeWindow(
      { origin: 100, end: 110, open: false },
      gaps.map((g) => g + 100),
      odds,
      prior(5),
      knobs,
    );
    expect(shifted).toEqual(decodeStarts(10, gaps, odds, prior(5), knobs).map((g) => g + 100));
  });

  it("ends a short article only at a plain break, or at the short-end penalty", () => {
    // Lengths alike from 2 to 10: only the gaps' evidence decides.
    const flat: LengthPrior = {
      logLength: [Number.NEGATIVE_INFINITY, ...Array.from({ length: 10 }, () => Math.log(0.1))],
      logTail: Math.log(0.9),
      baseLogOdds: 0,
    };
    const shortEnd = { paragraphs: 5, logOdds: 3, penalty: 3 };
    // A middling gap three paragraphs in: taken without the knob, not with it.
    expect(decodeStarts(10, [3], [2.5], flat, knobs)).toEqual([3]);
    expect(decodeStarts(10, [3], [2.5], flat, { ...knobs, shortEnd })).toEqual([]);
    // A plain break ends a short article at no cost.
    expect(decodeStarts(10, [3], [3.5], flat, { ...knobs, shortEnd })).toEqual([3]);
    // A middling gap after six paragraphs ends no short article; the run's last article is
    // closed by a sure start, and pays nothing however short.
    expect(decodeStarts(10, [6], [2.5], flat, { ...knobs, shortEnd })).toEqual([6]);
    expect(decodeStarts(10, [7], [2.5], flat, { ...knobs, shortEnd })).toEqual([7]);
    // The next article opens on a headline-like line: the break is plain whatever its odds.
    const window = { origin: 0, end: 10, open: false };
    expect(decodeWindow(window, [3], [2.5], flat, { ...knobs, shortEnd }, [true])).toEqual([3]);
  });

  it("begins a short article before a sure start only at a plain break, or at the penalty", () => {
    const flat: LengthPrior = {
      logLength: [Number.NEGATIVE_INFINITY, ...Array.from({ length: 10 }, () => Math.log(0.1))],
      logTail: Math.log(0.9),
      baseLogOdds: 0,
    };
    const shortEnd = { paragraphs: 5, logOdds: 3, penalty: 3, startOdds: 3 };
    // A middling gap three paragraphs before the sure start that closes the run: the story's
    // last paragraphs cut off, unless the start's own bar is set.
    expect(
      decodeStarts(10, [7], [2.5], flat, {
        ...knobs,
        shortEnd: { ...shortEnd, startOdds: undefined },
      }),
    ).toEqual([7]);
    expect(decodeStarts(10, [7], [2.5], flat, { ...knobs, shortEnd })).toEqual([]);
    // A plain break, or a start on a headline-like line, begins it at no cost.
    expect(decodeStarts(10, [7], [3.5], flat, { ...knobs, shortEnd })).toEqual([7]);
    const closed = { origin: 0, end: 10, open: false };
    expect(decodeWindow(closed, [7], [2.5], flat, { ...knobs, shortEnd }, [true])).toEqual([7]);
    // Where the window is open the article runs on past it, and is not known to be short.
    const open = { origin: 0, end: 10, open: true };
    expect(decodeWindow(open, [7], [2.5], flat, { ...knobs, shortEnd })).toEqual([7]);
  });

  it("begins a story shorter than the usual fewest only at a plain break", () => {
    // Lengths alike from 1 to 10; stories of two allowed, of fewer than three where they begin
    // at a gap of log-odds 1 or more (or the run's start).
    const flat: LengthPrior = {
      logLength: [Number.NEGATIVE_INFINITY, ...Array.from({ length: 10 }, () => Math.log(0.1))],
      logTail: Math.log(0.9),
      baseLogOdds: -3,
    };
    const shortStart = { paragraphs: 3, logOdds: 1 };
    // A last story of two, begun at a middling gap: taken without the knob, not with it.
    expect(decodeStarts(8, [6], [0], flat, knobs)).toEqual([6]);
    expect(decodeStarts(8, [6], [0], flat, { ...knobs, shortStart })).toEqual([]);
    // Begun at a plain break it is taken; so is a first story of two, begun at the run's start.
    expect(decodeStarts(8, [6], [1.5], flat, { ...knobs, shortStart })).toEqual([6]);
    expect(decodeStarts(8, [2], [0], flat, { ...knobs, shortStart })).toEqual([2]);
  });

  it("decodes a run of a hundred thousand gaps in one pass", () => {
    const n = 100_000;
    const gaps = Array.from({ length: n - 4 }, (_, i) => i + 2);
    const odds = gaps.map((g) => (g % 5 === 0 ? 3 : -3));
    const starts = decodeStarts(n, gaps, odds, prior(5), knobs);
    expect(starts.slice(0, 3)).toEqual([5, 10, 15]);
  });
});
