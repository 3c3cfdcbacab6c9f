import { describe, expect, it } from "vitest";
import { emptySpan } from "./article-span.js";
import { insideList } from "./inside-list.js";
import { FeatureTable } from "./text-features.js";
import { bareOpening, partedWhere } from "./weak-halves.js";

// Fictional text written for these tests.
const INTRO =
  "The survey asked residents of Vessby which projects the council should pay for first:";
const LONG_BRIEF =
  "- The ferry company said on Monday that fares between Granvik and Holt would rise by a tenth from June, blaming the cost of fuel and repairs to its oldest ship, and commuters' groups called the rise steep.";

function at(texts: string[], paragraph: number): boolean {
  return insideList(new FeatureTable(texts), paragraph);
}

describe("a start between two items of one list", () => {
  it("is barred between items numbered one after the other", () => {
    const items = [INTRO, "1. A new roof for the school.", "2. Lights on the harbour path."];
    expect(at(items, 2)).toBe(true);
  });

  it("is left alone where the numbers do not follow on", () => {
    expect(at([INTRO, "1. A new roof for the school.", "3. Lights on the path."], 2)).toBe(false);
    expect(at(["2. A new roof for the school.", "1. Lights on the path."], 1)).toBe(false);
  });

  it("is barred between short items under the same bullet", () => {
    const table = new FeatureTable([
      INTRO,
      "-- A new roof, 63 percent;",
      "-- Harbour lights, 58 percent;",
    ]);
    expect(insideList(table, 2)).toBe(true);
    expect(at(["• A new roof, 63 percent", "• Harbour lights, 58 percent"], 1)).toBe(true);
  });

  it("is left alone for long paragraphs under a bullet, as a digest's briefs are", () => {
    expect(at([LONG_BRIEF, LONG_BRIEF.replace("Monday", "Tuesday")], 1)).toBe(false);
  });

  it("is left alone under different bullets or plain prose", () => {
    expect(at(["• A new roof, 63 percent", "- Harbour lights, 58 percent"], 1)).toBe(false);
    expect(at([INTRO, "- Harbour lights, 58 percent"], 1)).toBe(false);
  });

  it("keeps a parting's choice only outside a list", () => {
    const table = new FeatureTable([INTRO, "1. A new roof.", "2. Harbour lights.", INTRO]);
    const whole = [{ ...emptySpan(0), last: 3 }];
    expect(partedWhere(whole, table, bareOpening, () => 2)).toBe(whole);
    const parted = partedWhere(whole, table, bareOpening, () => 3);
    expect(parted.map((span) => [span.first, span.last])).toEqual([
      [0, 2],
      [3, 3],
    ]);
  });
});
