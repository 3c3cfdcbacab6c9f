import { describe, expect, it } from "vitest";
import { BEST_GAP_PIECE, partAtBestGap, searchesBestGap } from "./best-gap-parting.js";
import { FERRY, ORCHARD, span } from "./test-support/piece-stories.js";
import { FeatureTable } from "./text-features.js";

// Written for this test: stories about one subject each, each told in its own sentences.
function story(subject: readonly string[], paragraphs: number): string[] {
  return Array.from({ length: paragraphs }, (_, k) => {
    const word = (j: number) => subject[(k + j) % subject.length];
    return subject === FERRY
      ? `The ${word(0)} and the ${word(1)} were discussed again on day ${k + 1}, when officials said the ${word(2)} would follow the ${word(3)} before the ${word(4)} met.`
      : `Under a grey sky the ${word(0)} gave way to ${word(1)}, and by evening ${word(2)} and ${word(3)} filled each ${word(4)} in turn.`;
  });
}

function parted(texts: readonly string[], last: number, dumpMean: number | undefined) {
  return partAtBestGap([span(0, last)], new FeatureTable(texts), () => dumpMean).map((s) => [
    s.first,
    s.last,
    s.start?.kind,
  ]);
}

describe("a found article as long as the dump's stories run", () => {
  it("is parted at the decoder's best gap where the pieces share no subject", () => {
    const texts = [...story(FERRY, 7), ...story(ORCHARD, 6)];
    expect(parted(texts, 12, 10)).toEqual([
      [0, 6, undefined],
      [7, 12, "gap"],
    ]);
  });

  it("is left whole when the dump's own stories run longer, or their length is unknown", () => {
    const texts = [...story(FERRY, 7), ...story(ORCHARD, 6)];
    expect(parted(texts, 12, 20)).toHaveLength(1);
    expect(parted(texts, 12, undefined)).toHaveLength(1);
  });

  it("is left whole when it is one story from end to end", () => {
    expect(parted(story(ORCHARD, 14), 13, 8)).toHaveLength(1);
  });
});

describe("which found articles are searched", () => {
  it("are those with room for two pieces and at least the dump's mean length", () => {
    expect(searchesBestGap(2 * BEST_GAP_PIECE, 2 * BEST_GAP_PIECE)).toBe(true);
    expect(searchesBestGap(2 * BEST_GAP_PIECE - 1, 3)).toBe(false);
    expect(searchesBestGap(14, 14.5)).toBe(false);
    expect(searchesBestGap(15, 14.5)).toBe(true);
  });
});
