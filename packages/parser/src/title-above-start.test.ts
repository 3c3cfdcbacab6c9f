import { describe, expect, it } from "vitest";
import { groupParagraphs } from "./paragraphs.js";
import { headOpening } from "./parted-start.js";
import { FERRY, ORCHARD, span, story } from "./test-support/piece-stories.js";
import { FeatureTable } from "./text-features.js";
import { raiseStartsToTitles, titleOfProseUnder } from "./title-above-start.js";

// Briefs written for this test (test-support/piece-stories.ts), on subjects that share no word.
function raised(texts: readonly string[], line: number, aboveHeadline: number | null = null) {
  const paragraphs = groupParagraphs(texts.flatMap((t) => [t, ""]));
  const table = new FeatureTable(texts);
  const spans = [
    { ...span(0, line), headline: aboveHeadline },
    span(line + 1, texts.length - 1, "gap", 1.5),
  ];
  return raiseStartsToTitles(spans, paragraphs, table, headOpening(paragraphs, table)).map((s) => [
    s.first,
    s.last,
    s.start?.kind,
  ]);
}

describe("titleOfProseUnder", () => {
  const lede = story(ORCHARD, 2).join(" ");
  const above = story(FERRY, 2).join(" ");

  it("takes a line whose words come back in the prose under it, whatever their case", () => {
    expect(titleOfProseUnder("ORCHARD GROWERS FEAR FROST", lede, above)).toBe(true);
    expect(titleOfProseUnder("Orchard Growers Fear Frost", lede, above)).toBe(true);
  });

  it("refuses a line that shares nothing with the prose under it", () => {
    expect(titleOfProseUnder("Growth Slows Again", lede, above)).toBe(false);
  });

  it("refuses a line that shares the story above's words as much as the prose under it", () => {
    expect(titleOfProseUnder("Ferry Timetable Brings Orchard Frost", lede, above)).toBe(false);
  });
});

describe("a title-like line left at the end of the brief above a headless start", () => {
  it("opens the brief below when its words come back in that brief's lede", () => {
    const texts = [...story(FERRY, 3), "Orchard Growers Fear Frost", ...story(ORCHARD, 3)];
    expect(raised(texts, 3)).toEqual([
      [0, 2, undefined],
      [3, 6, "gap"],
    ]);
  });

  it("stays with the brief above when it shares nothing with the brief below", () => {
    const texts = [...story(FERRY, 3), "Growth Slows Again", ...story(ORCHARD, 3)];
    expect(raised(texts, 3)[1]?.[0]).toBe(4);
  });

  it("stays with the brief above when it shares that brief's words", () => {
    const texts = [
      ...story(FERRY, 3),
      "New timetable for the harbour crossing",
      ...story(ORCHARD, 3),
    ];
    expect(raised(texts, 3)[1]?.[0]).toBe(4);
  });

  it("stays where the brief above would keep no prose", () => {
    const texts = ["Ferry Service Resumes", "Orchard Growers Fear Frost", ...story(ORCHARD, 3)];
    expect(raised(texts, 1, 0)[1]?.[0]).toBe(2);
  });
});
