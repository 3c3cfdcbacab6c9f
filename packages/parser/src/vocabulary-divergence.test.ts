import { describe, expect, it } from "vitest";
import { FeatureTable } from "./text-features.js";
import { vocabularyDivergence } from "./vocabulary-divergence.js";

// Written for this test: a story about a harbour's ferries, then either more of it or a story
// about an orchard's frost.
const FERRY = [
  "The ferry operator will cut its winter timetable to four sailings a day from November.",
  "Commuters said the earliest ferry sailing was the only one that reached the harbour on time.",
  "The harbour authority said the ferry had lost money every winter since the bridge opened.",
];
const MORE_FERRY = [
  "The ferry operator said a late sailing on market days would keep the harbour busy.",
  "Commuters asked the harbour authority for one more winter sailing.",
];
const FROST = [
  "Growers across the valley lost most of their peach blossom to a hard frost overnight.",
  "Orchard owners lit smudge pots between the rows, but temperatures fell below freezing.",
];

function divergenceAt(texts: readonly string[], start: number, g: number): number {
  const table = new FeatureTable(texts);
  return vocabularyDivergence(
    table,
    texts.map((_, i) => i),
    start,
    g,
  );
}

describe("vocabularyDivergence", () => {
  it("is 0 for the same words on both sides", () => {
    expect(divergenceAt([FERRY[0] as string, FERRY[0] as string], 0, 1)).toBeCloseTo(0);
  });

  it("is 1 where the two sides share no word", () => {
    expect(divergenceAt([FERRY[0] as string, FROST[0] as string], 0, 1)).toBeCloseTo(1);
  });

  it("moves further into a new story than along the same one", () => {
    const same = divergenceAt([...FERRY, ...MORE_FERRY], 0, FERRY.length);
    const next = divergenceAt([...FERRY, ...FROST], 0, FERRY.length);
    expect(next).toBeGreaterThan(same);
  });

  it("reads nothing before the article's start", () => {
    expect(divergenceAt([...FERRY, ...FROST], FERRY.length, FERRY.length)).toBe(0);
  });
});
