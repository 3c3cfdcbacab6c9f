import { describe, expect, it } from "vitest";
import type { ArticleSpan } from "./article-span.js";
import { dumpLevel, HALVES_JOIN, joinSplitHalves, pieceCohesion } from "./split-halves.js";
import { FERRY, ORCHARD, QUARRY, span, spansJoined } from "./test-support/piece-stories.js";
import { FeatureTable } from "./text-features.js";

// Written for this test: stories of ten paragraphs, each about one subject in its own words.
function story(subject: readonly string[], paragraphs = 10): string[] {
  return Array.from({ length: paragraphs }, (_, k) => {
    const word = (j: number) => subject[(k + j) % subject.length];
    return `The ${word(0)} and the ${word(1)} were discussed again on day ${k + 1}, when officials said the ${word(2)} would follow the ${word(3)} before the ${word(4)} met.`;
  });
}

function joined(
  texts: readonly string[],
  spans: ArticleSpan[],
  level?: number,
): [number, number][] {
  return spansJoined(joinSplitHalves, texts, spans, level);
}

describe("a long story split by a gap start", () => {
  it("is one story again when its halves hold together past the dump's parted stories", () => {
    const texts = [...story(FERRY), ...story(ORCHARD), ...story(ORCHARD)];
    const spans = [span(0, 9), span(10, 19, "headline"), span(20, 29, "gap")];
    expect(joined(texts, spans)).toEqual([
      [0, 9],
      [10, 29],
    ]);
  });

  it("keeps a gap start between two stories on other subjects", () => {
    const texts = [...story(FERRY), ...story(ORCHARD), ...story(QUARRY)];
    const spans = [span(0, 9), span(10, 19, "headline"), span(20, 29, "gap")];
    expect(joined(texts, spans)).toHaveLength(3);
  });

  it("keeps every start in a dump with no explicit start to measure its level by", () => {
    const texts = [...story(FERRY), ...story(ORCHARD), ...story(ORCHARD)];
    const spans = [span(0, 9), span(10, 19, "gap"), span(20, 29, "gap")];
    expect(joined(texts, spans)).toHaveLength(3);
  });

  it("keeps a gap start before a short piece, as briefs are", () => {
    const texts = [...story(FERRY), ...story(ORCHARD), ...story(ORCHARD, 4)];
    const spans = [span(0, 9), span(10, 19, "headline"), span(20, 23, "gap")];
    expect(joined(texts, spans)).toHaveLength(3);
  });

  it("is judged against the dump's level when given, not the spans' own", () => {
    const texts = [...story(FERRY), ...story(ORCHARD), ...story(ORCHARD)];
    const spans = [span(0, 9), span(10, 19, "headline"), span(20, 29, "gap")];
    const own = dumpLevel(spans, new FeatureTable(texts)).highest;
    expect(own).toBeLessThan(0.5);
    // A dump whose other pieces hold two parted stories on one subject: its level is high.
    expect(joined(texts, spans, 1)).toHaveLength(3);
    // A dump with no explicit start in its first lines has no level: nothing moves.
    expect(joined(texts, spans, Number.NEGATIVE_INFINITY)).toHaveLength(3);
    expect(joined(texts, spans, own)).toHaveLength(2);
  });

  it("asks a piece of five paragraphs to hold together more than longer pieces", () => {
    const texts = [...story(FERRY), ...story(ORCHARD), ...story(ORCHARD)];
    const table = new FeatureTable(texts);
    // Given a level that sets the pieces' cohesion halfway between the long pieces' bar and the
    // short ones', pieces of ten are joined and a piece of five is not.
    const between = (HALVES_JOIN.overLevel + HALVES_JOIN.shortOverLevel) / 2;
    const levelFor = (spans: ArticleSpan[]) =>
      pieceCohesion(table, spans[1] as ArticleSpan, spans[2] as ArticleSpan) - between;
    const ten = [span(0, 9), span(10, 19, "headline"), span(20, 29, "gap")];
    expect(joined(texts, ten, levelFor(ten))).toHaveLength(2);
    const five = [
      span(0, 9),
      span(10, 19, "headline"),
      span(20, 24, "gap"),
      span(25, 29, "headline"),
    ];
    expect(joined(texts, five, levelFor(five))).toHaveLength(4);
    expect(joined(texts, five, levelFor(five) - between)).toHaveLength(3);
  });
});
