import { describe, expect, it } from "vitest";
import { splitLines } from "./lines.js";
import { groupParagraphs } from "./paragraphs.js";
import { headOpening } from "./parted-start.js";
import { FERRY, ORCHARD, span, story } from "./test-support/piece-stories.js";
import { FeatureTable } from "./text-features.js";
import { partWeakHalves } from "./weak-halves.js";

// Written for this test (test-support/piece-stories.ts): a ferry story, then an orchard story
// under its own title.
const TITLE = "Growers Count the Cost of a Late Frost";

function read(texts: readonly string[]) {
  return {
    table: new FeatureTable(texts),
    paragraphs: groupParagraphs(splitLines(texts.join("\n"))),
  };
}

describe("the span a parted start opens", () => {
  it("is headed by the title the text shows at the start", () => {
    const texts = [...story(FERRY, 12), TITLE, ...story(ORCHARD, 11)];
    const { table, paragraphs } = read(texts);
    expect(headOpening(paragraphs, table)(12, 23)?.headline).toBe(12);
  });

  it("is headless where the line at the start holds two sentences", () => {
    const teaser = "The valley's growers lost a third of their crop. Frost came late";
    const texts = [...story(FERRY, 12), teaser, ...story(ORCHARD, 11)];
    const { table, paragraphs } = read(texts);
    expect(table.paragraphs[12]?.headlineLike).toBe(true);
    expect(headOpening(paragraphs, table)(12, 23)?.headline).toBeNull();
  });

  it("is headless where the start is prose", () => {
    const texts = [...story(FERRY, 12), ...story(ORCHARD, 12)];
    const { table, paragraphs } = read(texts);
    expect(headOpening(paragraphs, table)(12, 23)?.headline).toBeNull();
  });

  it("keeps its title when a found article of two stories is parted at it", () => {
    const texts = [...story(FERRY, 12), TITLE, ...story(ORCHARD, 11)];
    const { table, paragraphs } = read(texts);
    const parts = partWeakHalves([span(0, 23)], table, headOpening(paragraphs, table));
    expect(parts.map((s) => [s.first, s.last, s.headline, s.reach])).toEqual([
      [0, 11, null, undefined],
      [12, 23, 12, 13],
    ]);
    expect(parts[1]?.start).toEqual({ kind: "gap", score: 0 });
  });
});
