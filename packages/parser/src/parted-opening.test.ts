import { describe, expect, it } from "vitest";
import { partedOpening } from "./parted-opening.js";
import { oneALine } from "./test-support/one-a-line.js";
import { FERRY, ORCHARD } from "./test-support/piece-stories.js";
import { FeatureTable } from "./text-features.js";

// Written for this test: stories about one subject each, in their own sentences.
function story(subject: readonly string[], paragraphs: number): string[] {
  return Array.from({ length: paragraphs }, (_, k) => {
    const word = (j: number) => subject[(k + j) % subject.length];
    return `On day ${k + 1} the ${word(0)} and the ${word(1)} were talked over at length, and the ${word(2)} was said to matter more than the ${word(3)}.`;
  });
}

const TITLE = "Orchard Growers Count the Cost of a Late Frost";
const SUBHEAD = "Harbourmaster Sets a New Ferry Timetable";

function opening(texts: readonly string[], at: number) {
  const span = partedOpening(oneALine(texts), new FeatureTable(texts), at, 0, texts.length - 1);
  return { first: span.first, headline: span.headline };
}

describe("the article opened where a found article is parted", () => {
  it("takes the headline the weakest gap stands at", () => {
    const texts = [...story(FERRY, 12), TITLE, ...story(ORCHARD, 11)];
    expect(opening(texts, 12)).toEqual({ first: 12, headline: 12 });
  });

  it("opens at a headline one paragraph above the gap whose words come back only under it", () => {
    const texts = [...story(FERRY, 12), TITLE, ...story(ORCHARD, 11)];
    expect(opening(texts, 13)).toEqual({ first: 12, headline: 12 });
  });

  it("leaves a title-like line above the gap whose words do not come back under it", () => {
    const texts = [...story(FERRY, 12), SUBHEAD, ...story(ORCHARD, 11)];
    expect(opening(texts, 13)).toEqual({ first: 13, headline: null });
  });

  it("takes no headline below the gap: the paragraph at the gap opens the article", () => {
    const texts = [...story(FERRY, 12), ...story(ORCHARD, 1), TITLE, ...story(ORCHARD, 10)];
    expect(opening(texts, 12)).toEqual({ first: 12, headline: null });
  });

  it("opens headless at the gap when no headline stands by it", () => {
    const texts = [...story(FERRY, 12), ...story(ORCHARD, 12)];
    expect(opening(texts, 12)).toEqual({ first: 12, headline: null });
  });
});
