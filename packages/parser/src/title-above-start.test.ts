import { describe, expect, it } from "vitest";
import { groupParagraphs } from "./paragraphs.js";
import { headOpening } from "./parted-start.js";
import { FERRY, ORCHARD, span, story } from "./test-support/piece-stories.js";
import { FeatureTable } from "./text-features.js";
import { MOST_TITLE_WORDS, raiseStartsToTitles } from "./title-above-start.js";

// Briefs written for this test (test-support/piece-stories.ts), on subjects that share no word.
function raised(texts: readonly string[], line: number, aboveHeadline: number | null = null) {
  const paragraphs = groupParagraphs(texts.flatMap((t) => [t, ""]));
  const table = new FeatureTable(texts);
  const spans = [
    { ...span(0, line), headline: aboveHeadline },
    span(line + 1, texts.length - 1, "gap", 1.5),
  ];
  return raiseStartsToTitles(spans, table, headOpening(paragraphs, table)).map((s) => [
    s.first,
    s.last,
    s.headline,
    s.start?.kind,
  ]);
}

describe("a title-like line left at the end of the brief above a headless start", () => {
  it("opens the brief below when it shares nothing with the brief above", () => {
    const texts = [...story(FERRY, 3), "Growers Count the Cost", ...story(ORCHARD, 3)];
    expect(raised(texts, 3)).toEqual([
      [0, 2, null, undefined],
      [3, 6, 3, "gap"],
    ]);
  });

  it("stays with the brief above when it shares that brief's words", () => {
    const texts = [
      ...story(FERRY, 3),
      "New timetable for the harbour crossing",
      ...story(ORCHARD, 3),
    ];
    expect(raised(texts, 3)).toEqual([
      [0, 3, null, undefined],
      [4, 6, null, "gap"],
    ]);
  });

  it(`stays where it holds more than ${MOST_TITLE_WORDS} words`, () => {
    const long = "Growers Count the Cost of a Late Frost Across Every Valley Farm and Market Town";
    const texts = [...story(FERRY, 3), long, ...story(ORCHARD, 3)];
    expect(raised(texts, 3)[1]?.[0]).toBe(4);
  });

  it("stays where the brief above would keep no prose", () => {
    const texts = ["Ferry Service Resumes", "Growers Count the Cost", ...story(ORCHARD, 3)];
    expect(raised(texts, 1, 0)[1]?.[0]).toBe(2);
  });
});
