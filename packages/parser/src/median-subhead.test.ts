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
