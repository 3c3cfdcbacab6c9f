import { describe, expect, it } from "vitest";
import type { ArticleSpan } from "./article-span.js";
import { joinShortTails, joinSubheadStarts } from "./false-start-joins.js";
import { dumpLevel } from "./split-halves.js";
import { FERRY, ORCHARD, QUARRY, span, spansJoined } from "./test-support/piece-stories.js";
import { FeatureTable } from "./text-features.js";

// Written for this test: each story keeps to one subject, in its own words, paragraph by paragraph.

function story(words: readonly string[], paragraphs = 10): string[] {
  const at = (k: number) => words[k % words.length];
  const paragraph = (k: number) =>
    `Residents asked about the ${at(k)} at a meeting on day ${k + 1}; the ${at(k + 2)} and the ${at(k + 4)} came up as well, and the ${at(k + 6)} was promised a reply.`;
  return Array.from({ length: paragraphs }, (_, k) => paragraph(k));
}

function joined(
  texts: readonly string[],
  spans: ArticleSpan[],
  level?: number,
): [number, number][] {
  return spansJoined(joinShortTails, texts, spans, level);
}

describe("a story's short tail cut off by a gap start", () => {
  it("goes back to its story when the two pieces hold together past the dump's level", () => {
    const texts = [...story(FERRY), ...story(ORCHARD, 12), ...story(ORCHARD, 4)];
    const spans = [span(0, 9), span(10, 21, "headline", 3), span(22, 25, "gap")];
    expect(joined(texts, spans)).toEqual([
      [0, 9],
      [10, 25],
    ]);
  });

  it("stays apart when it is about something else", () => {
    const texts = [...story(FERRY), ...story(ORCHARD, 12), ...story(QUARRY, 4)];
    const spans = [span(0, 9), span(10, 21, "headline", 3), span(22, 25, "gap")];
    expect(joined(texts, spans)).toHaveLength(3);
  });

  it("stays apart between two short pieces, as briefs are", () => {
    const texts = [...story(FERRY), ...story(ORCHARD, 5), ...story(ORCHARD, 4)];
    const spans = [span(0, 9), span(10, 14, "headline", 3), span(15, 18, "gap")];
    expect(joined(texts, spans)).toHaveLength(3);
  });

  it("stays apart in a dump with no explicit start to measure a level by", () => {
    const texts = [...story(FERRY), ...story(ORCHARD, 12), ...story(ORCHARD, 4)];
    const spans = [span(0, 9), span(10, 21, "gap"), span(22, 25, "gap")];
    expect(joined(texts, spans)).toHaveLength(3);
  });

  it("is judged against the dump's level when given, not the spans' own", () => {
    const texts = [...story(FERRY), ...story(ORCHARD, 12), ...story(ORCHARD, 4)];
    const spans = [span(0, 9), span(10, 21, "headline", 3), span(22, 25, "gap")];
    // A dump whose other pieces hold two parted stories on one subject: its level is high.
    expect(joined(texts, spans, 1)).toHaveLength(3);
  });
});

describe("a subhead the headline evidence barely took", () => {
  function subheadsJoined(texts: readonly string[], spans: ArticleSpan[]): [number, number][] {
    const table = new FeatureTable(texts);
    const level = dumpLevel(spans, table);
    return joinSubheadStarts(spans, table, () => level).map((s) => [s.first, s.last]);
  }

  it("goes back into its story, judged without its own cohesion in the dump's level", () => {
    const texts = [...story(FERRY), ...story(ORCHARD), ...story(ORCHARD)];
    const spans = [span(0, 9), span(10, 19, "headline", 3), span(20, 29, "headline", 0.2)];
    expect(subheadsJoined(texts, spans)).toEqual([
      [0, 9],
      [10, 29],
    ]);
  });

  it("stays a headline where the evidence took it plainly", () => {
    const texts = [...story(FERRY), ...story(ORCHARD), ...story(ORCHARD)];
    const spans = [span(0, 9), span(10, 19, "headline", 3), span(20, 29, "headline", 0.9)];
    expect(subheadsJoined(texts, spans)).toHaveLength(3);
  });

  it("stays a headline between short pieces, as briefs' are", () => {
    const texts = [...story(FERRY), ...story(ORCHARD, 5), ...story(ORCHARD, 5)];
    const spans = [span(0, 9), span(10, 14, "headline", 3), span(15, 19, "headline", 0.2)];
    expect(subheadsJoined(texts, spans)).toHaveLength(3);
  });

  it("stays a headline where two other stories of the dump share a subject as much", () => {
    const texts = [...story(QUARRY), ...story(QUARRY), ...story(ORCHARD), ...story(ORCHARD)];
    const spans = [
      span(0, 9),
      span(10, 19, "headline", 3),
      span(20, 29, "headline", 3),
      span(30, 39, "headline", 0.2),
    ];
    expect(subheadsJoined(texts, spans)).toHaveLength(4);
  });

  it("stays a headline in a dump with no other explicit start", () => {
    const texts = [...story(ORCHARD), ...story(ORCHARD)];
    const spans = [span(0, 9), span(10, 19, "headline", 0.2)];
    expect(subheadsJoined(texts, spans)).toHaveLength(2);
  });
});
