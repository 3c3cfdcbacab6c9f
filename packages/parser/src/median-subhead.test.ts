import { describe, expect, it } from "vitest";
import type { ArticleSpan, StartKind } from "./article-span.js";
import { medianWithout, NO_LEVEL } from "./dump-level.js";
import { isMedianSubhead } from "./false-start-joins.js";

function at(
  first: number,
  last: number,
  kind: StartKind,
  score: number,
  headed = true,
): ArticleSpan {
  return {
    first,
    last,
    headline: headed ? first : null,
    duplicates: [],
    kicker: null,
    dek: null,
    bylines: [],
    furniture: [],
    start: { kind, score },
  };
}

describe("the median of a dump's other explicit starts", () => {
  const level = {
    ...NO_LEVEL,
    cohesions: [0.1, 0.6, 0.2, 0.3, 0.65],
    lines: [0, 10, 20, 30, 40],
  };

  it("leaves the start's own cohesion out, so its story's other subheads do not lift it much", () => {
    expect(medianWithout(level, 40, 3)).toBeCloseTo(0.25);
    expect(medianWithout(level, 10, 3)).toBeCloseTo(0.25);
    expect(medianWithout(level, 99, 3)).toBeCloseTo(0.3);
  });

  it("has none with too few other starts", () => {
    expect(medianWithout(level, 0, 5)).toBe(Number.NEGATIVE_INFINITY);
    expect(medianWithout(NO_LEVEL, 0, 1)).toBe(Number.NEGATIVE_INFINITY);
  });

  it("is the others' own sort's median to the last bit, ties and zeros of either sign included", () => {
    // The others sorted on their own, as the median was read before one sort served a level.
    const reference = (cohesions: number[], lines: number[], line: number, least: number) => {
      const others = cohesions.filter((_, k) => lines[k] !== line).sort((a, b) => a - b);
      if (others.length < least) return Number.NEGATIVE_INFINITY;
      const m = others.length >> 1;
      return others.length % 2 === 1
        ? (others[m] as number)
        : ((others[m - 1] as number) + (others[m] as number)) / 2;
    };
    let seed = 7;
    const next = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    const values = [0, -0, 0.1, 0.1, 0.25, 1 / 3, 0.7];
    for (let round = 0; round < 200; round++) {
      const n = Math.floor(next() * 9);
      const cohesions = Array.from({ length: n }, () =>
        next() < 0.5 ? (values[Math.floor(next() * values.length)] as number) : next(),
      );
      const lines = Array.from({ length: n }, (_, k) => 10 * k);
      const level = { ...NO_LEVEL, cohesions, lines };
      for (const line of [...lines, 5, 999])
        for (const least of [1, 3])
          expect(
            Object.is(medianWithout(level, line, least), reference(cohesions, lines, line, least)),
          ).toBe(true);
    }
  });
});

describe("a subhead judged against the median of the dump's other starts", () => {
  const above = at(0, 9, "headline", 3);
  const median = () => 0.2;

  it("is a line barely taken, or a decoded cut's title-like line, between pieces that hold together", () => {
    expect(isMedianSubhead(above, at(10, 19, "headline", 0.8), () => 0.35, median)).toBe(true);
    expect(isMedianSubhead(above, at(10, 19, "gap", 2.5), () => 0.31, median)).toBe(true);
  });

  it("is not a start taken with confidence, a headless cut, or a parting", () => {
    expect(isMedianSubhead(above, at(10, 19, "headline", 1.2), () => 0.5, median)).toBe(false);
    expect(isMedianSubhead(above, at(10, 19, "gap", 1, false), () => 0.5, median)).toBe(false);
    expect(isMedianSubhead(above, at(10, 19, "gap", 0), () => 0.5, median)).toBe(false);
  });

  it("needs pieces long enough to read and cohesion past the median", () => {
    expect(isMedianSubhead(above, at(10, 13, "headline", 0.2), () => 0.5, median)).toBe(false);
    expect(isMedianSubhead(above, at(10, 19, "headline", 0.2), () => 0.29, median)).toBe(false);
    expect(
      isMedianSubhead(
        above,
        at(10, 19, "headline", 0.2),
        () => 0.5,
        () => -Infinity,
      ),
    ).toBe(false);
  });
});
