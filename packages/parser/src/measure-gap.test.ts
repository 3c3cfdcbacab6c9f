import { describe, expect, it } from "vitest";
import { LeftContext } from "./left-context.js";
import { gapFeatures } from "./measure-gap.js";
import { FeatureTable } from "./text-features.js";

// Written for this test: a story about a harbour's winter timetable, then either its own next
// section (the harbourmaster by her surname alone) or a new story that names her again in full.
const HARBOUR = [
  "The ferry operator on the Brannock crossing will cut its winter timetable to four sailings a day from November, the harbour authority said on Monday.",
  "Harbourmaster Odile Vance said the crossing had lost money every winter since the new bridge opened upriver.",
  "Passengers who commute to the island hospital said the earliest sailing was the only one that got them to work on time.",
];
const SECTION = [
  "The bridge has changed more than the timetable, Vance told a meeting of island traders.",
  "Vance said the traders had asked for a late sailing on market days.",
];
const NEW_STORY = [
  "Odile Vance, the harbourmaster at Brannock, has been named to chair the coastal safety board.",
  "Vance will take up the post in January.",
];

function bareBackReferencesAt(texts: readonly string[], gap: number): number {
  const table = new FeatureTable(texts);
  const body = texts.map((_, i) => i);
  const context = new LeftContext(table);
  context.reset(body);
  context.moveTo(0, gap);
  return gapFeatures(context, table, body, gap, undefined, false).bareBackReferences;
}

describe("surnames alone across a gap", () => {
  it("counts a person named in full above and by surname alone below", () => {
    expect(bareBackReferencesAt([...HARBOUR, ...SECTION], HARBOUR.length)).toBeCloseTo(1 / 3);
  });

  it("does not count a person named in full again before the surname alone", () => {
    expect(bareBackReferencesAt([...HARBOUR, ...NEW_STORY], HARBOUR.length)).toBe(0);
  });
});
