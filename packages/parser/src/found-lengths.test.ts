import { describe, expect, it } from "vitest";
import { type ArticleSpan, emptySpan } from "./article-span.js";
import { foundMedian, lengthOverMedian } from "./found-lengths.js";
import type { ParagraphFeatures } from "./text-features.js";

const text: ParagraphFeatures = {
  kind: "text",
  words: 40,
  headlineLike: false,
  dateline: null,
  continuationOpening: false,
  allCaps: false,
};

/** Articles found of the given body lengths, the first under a headline. */
function found(lengths: readonly number[]): {
  features: ParagraphFeatures[];
  spans: ArticleSpan[];
} {
  const features: ParagraphFeatures[] = [{ ...text, words: 6, headlineLike: true }];
  const spans: ArticleSpan[] = [];
  lengths.forEach((length, s) => {
    const span = emptySpan(s === 0 ? 0 : features.length);
    if (s === 0) span.headline = 0;
    for (let p = 0; p < length; p++) features.push(text);
    span.last = features.length - 1;
    spans.push(span);
  });
  return { features, spans };
}

describe("foundMedian", () => {
  it("is the found articles' median body length, headlines left out", () => {
    const { features, spans } = found([3, 20, 12, 14, 2]);
    expect(foundMedian(features, spans)).toBe(12);
  });

  it("is unknown where fewer than three articles were found", () => {
    const { features, spans } = found([3, 20]);
    expect(foundMedian(features, spans)).toBeNaN();
  });
});

describe("lengthOverMedian", () => {
  it("reads the piece's length under the median as a log, clamped", () => {
    expect(lengthOverMedian(10, 10)).toBe(0);
    expect(lengthOverMedian(5, 10)).toBeCloseTo(-Math.log(2));
    expect(lengthOverMedian(1, 100)).toBeCloseTo(-Math.log(8));
    expect(lengthOverMedian(400, 10)).toBe(0);
  });

  it("reads a piece as long as the median where the median is unknown", () => {
    expect(lengthOverMedian(3, Number.NaN)).toBe(0);
  });
});
