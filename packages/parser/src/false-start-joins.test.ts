import { describe, expect, it } from "vitest";
import type { ArticleSpan } from "./article-span.js";
import { joinShortTails } from "./false-start-joins.js";
import { FERRY, ORCHARD, QUARRY, span, spansJoined } from "./test-support/piece-stories.js";

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
