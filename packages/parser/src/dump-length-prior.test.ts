import { describe, expect, it } from "vitest";
import { dumpMeanLength, priorMeanLength, priorWithMean } from "./dump-length-prior.js";
import { type LengthPrior, logLengthPrior } from "./segment-decoder.js";

// A prior flat to 12 paragraphs, then falling, as the learned one is shaped.
const PRIOR: LengthPrior = {
  baseLogOdds: -3.7,
  logTail: Math.log(0.9),
  logLength: [
    Number.NEGATIVE_INFINITY,
    ...Array.from({ length: 40 }, (_, i) => Math.log(0.04) - Math.max(0, i + 1 - 12) * 0.1),
  ],
};

describe("a dump's own length prior", () => {
  it("is the learned prior where the dump's stories run as long or longer", () => {
    expect(priorWithMean(PRIOR, priorMeanLength(PRIOR))).toBe(PRIOR);
    expect(priorWithMean(PRIOR, 40)).toBe(PRIOR);
  });

  it("has the dump's mean, and makes long runs unlikely beside short ones", () => {
    const briefs = priorWithMean(PRIOR, 4);
    expect(priorMeanLength(briefs)).toBeCloseTo(4, 3);
    const odds = (p: LengthPrior) => logLengthPrior(p, 3) - logLengthPrior(p, 20);
    expect(odds(briefs)).toBeGreaterThan(odds(PRIOR) + 2);
  });

  it("narrowed, keeps the dump's mean and holds lengths far from it less likely on both sides", () => {
    const plain = priorWithMean(PRIOR, 4);
    const narrow = priorWithMean(PRIOR, 4, 0.1);
    expect(priorMeanLength(narrow)).toBeCloseTo(4, 3);
    const far = (p: LengthPrior, len: number) => logLengthPrior(p, 4) - logLengthPrior(p, len);
    expect(far(narrow, 9)).toBeGreaterThan(far(plain, 9) + 1);
    // The plain tilt makes the shortest story the likeliest; narrowed, one of the mean's length is.
    expect(far(plain, 1)).toBeLessThan(0);
    expect(far(narrow, 1)).toBeGreaterThan(0);
  });

  it("reads a stretch's paragraphs as the articles it holds, pooled with the prior", () => {
    const blend = { perStretch: 0.5, pseudoArticles: 2 };
    expect(dumpMeanLength({ stretches: 4, paragraphs: 32 }, blend, 10)).toBeCloseTo(6, 6);
    expect(dumpMeanLength({ stretches: 0, paragraphs: 0 }, blend, 10)).toBe(10);
  });
});
