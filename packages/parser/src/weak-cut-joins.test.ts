import { describe, expect, it } from "vitest";
import type { ArticleSpan } from "./article-span.js";
import { FERRY, ORCHARD, QUARRY, span, spansJoined, story } from "./test-support/piece-stories.js";
import { FeatureTable } from "./text-features.js";
import { joinWeakCuts } from "./weak-cut-joins.js";

// Written for this test: a turn inside a story that reads as one goes on, and a new story's lede.
const TURN = "But that was only part of it, he said, and the growers would have to wait.";
const LEDE =
  "A regional council voted on Tuesday to close the old quarry road to heavy lorries from next spring.";

/** A decoded cut (a reach and a gap score of its own) at `first`. */
function decoded(first: number, last: number, score: number): ArticleSpan {
  return { ...span(first, last, "gap", score), reach: 10 };
}

function joined(texts: readonly string[], spans: ArticleSpan[], level?: number) {
  return spansJoined(joinWeakCuts, texts, spans, level);
}

describe("a weak decoded cut inside a long story", () => {
  const orchard = [...story(ORCHARD, 10), TURN, ...story(ORCHARD, 9)];
  const texts = [...story(FERRY, 10), ...orchard];

  it("reads the turn as no lede and the new story's opening as one", () => {
    const table = new FeatureTable([TURN, LEDE]);
    expect(table.lexical(0).ledeLike).toBeLessThan(0.5);
    expect(table.lexical(1).ledeLike).toBeGreaterThanOrEqual(0.5);
  });

  it("goes back to its story when the gap barely passed and the pieces hold together", () => {
    const spans = [span(0, 9), span(10, 19, "headline", 3), decoded(20, 29, 0.2)];
    expect(joined(texts, spans)).toEqual([
      [0, 9],
      [10, 29],
    ]);
  });

  it("stays where the gap passed plainly", () => {
    const spans = [span(0, 9), span(10, 19, "headline", 3), decoded(20, 29, 2)];
    expect(joined(texts, spans)).toHaveLength(3);
  });

  it("stays where the paragraph under the cut reads as a lede", () => {
    const withLede = [...texts.slice(0, 20), LEDE, ...texts.slice(21)];
    const spans = [span(0, 9), span(10, 19, "headline", 3), decoded(20, 29, 0.2)];
    expect(joined(withLede, spans)).toHaveLength(3);
  });

  it("stays where the pieces are about different things", () => {
    // The two stories parted at a headline share the stories' frame: the dump's level is high.
    const other = [...story(QUARRY, 10), ...story(ORCHARD, 10), TURN, ...story(FERRY, 9)];
    const spans = [span(0, 9), span(10, 19, "headline", 3), decoded(20, 29, 0.2)];
    expect(joined(other, spans)).toHaveLength(3);
  });

  it("stays between short pieces, and in a dump with no level", () => {
    const spans = [span(0, 9), span(10, 19, "headline", 3), decoded(20, 24, 0.2)];
    expect(joined(texts.slice(0, 25), spans)).toHaveLength(3);
    const headless = [span(0, 9), span(10, 19, "gap", 3), decoded(20, 29, 0.2)];
    expect(joined(texts, headless)).toHaveLength(3);
  });

  it("leaves the gap-by-gap starts and the parting's alone", () => {
    const byGap = [span(0, 9), span(10, 19, "headline", 3), span(20, 29, "gap", 0.2)];
    expect(joined(texts, byGap)).toHaveLength(3);
    const parted = [span(0, 9), span(10, 19, "headline", 3), decoded(20, 29, 0)];
    expect(joined(texts, parted)).toHaveLength(3);
  });
});
